import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/** What to watch: files by name in a folder (editors that save by renaming replace the file itself), or a whole folder. */
export type WatchTarget = { kind: 'file'; path: string } | { kind: 'folder'; path: string };

/**
 * Calls `onChange` once after a burst of changes to any target has settled,
 * with the targets that changed in it. Files are watched through their
 * folder, so a save that writes a new file and renames it over the old one
 * (vim, many IDEs) is seen like any other.
 */
export class FileWatcher {
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  private key = '';
  private changed: WatchTarget[] = [];

  constructor(
    private readonly onChange: (changed: readonly WatchTarget[]) => void,
    private readonly debounceMs: number,
  ) {}

  /** Watches exactly these targets, reusing nothing when they changed (a new template, a config file appeared). */
  set(targets: readonly WatchTarget[]): void {
    const key = JSON.stringify(targets);
    if (key === this.key) return;
    this.stopWatchers();
    this.key = key;
    // Per folder watched: the folder target itself (everything inside counts), or its file targets by name.
    const byFolder = new Map<string, WatchTarget | Map<string, WatchTarget>>();
    for (const target of targets) {
      if (target.kind === 'folder') {
        byFolder.set(target.path, target);
        continue;
      }
      const folder = dirname(target.path);
      const names = byFolder.get(folder);
      if (names !== undefined && !(names instanceof Map)) continue;
      byFolder.set(folder, new Map([...(names ?? []), [basename(target.path), target]]));
    }
    for (const [folder, names] of byFolder) {
      const whole = names instanceof Map ? null : names;
      try {
        const watcher = watch(folder, { recursive: whole !== null, persistent: false }, (_event, name) => {
          if (whole !== null) return this.schedule([whole]);
          if (!(names instanceof Map)) return;
          // No name given (some platforms): any of the folder's targets may have changed.
          const hit = name === null ? [...names.values()] : [names.get(basename(String(name)))];
          const found = hit.filter((target): target is WatchTarget => target !== undefined);
          if (found.length > 0) this.schedule(found);
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

  private schedule(targets: readonly WatchTarget[]): void {
    for (const target of targets) if (!this.changed.includes(target)) this.changed.push(target);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const changed = this.changed;
      this.changed = [];
      this.onChange(changed);
    }, this.debounceMs);
  }

  private stopWatchers(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }
}
