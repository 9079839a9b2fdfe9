import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/** What to watch: files by name in a folder (editors that save by renaming replace the file itself), or a whole folder. */
export type WatchTarget = { kind: 'file'; path: string } | { kind: 'folder'; path: string };

/**
 * Calls `onChange` once after a burst of changes to any target has settled.
 * Files are watched through their folder, so a save that writes a new file
 * and renames it over the old one (vim, many IDEs) is seen like any other.
 */
export class FileWatcher {
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  private key = '';

  constructor(
    private readonly onChange: () => void,
    private readonly debounceMs: number,
  ) {}

  /** Watches exactly these targets, reusing nothing when they changed (a new template, a config file appeared). */
  set(targets: readonly WatchTarget[]): void {
    const key = JSON.stringify(targets);
    if (key === this.key) return;
    this.stopWatchers();
    this.key = key;
    const byFolder = new Map<string, Set<string> | null>();
    for (const target of targets) {
      if (target.kind === 'folder') {
        byFolder.set(target.path, null);
        continue;
      }
      const folder = dirname(target.path);
      const names = byFolder.get(folder);
      if (names === null) continue;
      byFolder.set(folder, new Set([...(names ?? []), basename(target.path)]));
    }
    for (const [folder, names] of byFolder) {
      try {
        const watcher = watch(folder, { recursive: names === null, persistent: false }, (_event, name) => {
          if (names === null || name === null || names.has(basename(String(name)))) this.schedule();
        });
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      } catch {
        // A folder that does not exist (yet) cannot be watched; the next snapshot sets the targets again.
      }
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.stopWatchers();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onChange();
    }, this.debounceMs);
  }

  private stopWatchers(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }
}
