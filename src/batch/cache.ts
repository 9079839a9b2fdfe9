import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { nodeCrypto } from '../io/node-modules-on-demand.js';
import { configSearch, hashConfigSearch, searchedFolder } from './config-search.js';
import { writeFileAtomic } from '../io/write-atomic.js';

/**
 * What `--skip-unchanged` remembers of one input: the hash it was built
 * from, what it produced, and the hash of each other thing the build read
 * for it: a file or folder (a template folder its front matter names), or
 * the search for the config file that applies (see `configSearch`).
 */
export interface CacheEntry {
  hash: string;
  outputs: string[];
  dependencies: Record<string, string>;
}

interface CacheFileContent {
  format: 'gongwen-plan-cache';
  /**
   * 2 added the dependencies; 3 the config search, where 2 recorded only the
   * config file found, and so missed one added nearer or where there was
   * none. An older cache is rebuilt once.
   */
  version: 3;
  entries: Record<string, CacheEntry>;
}

/**
 * The `--skip-unchanged` cache: one JSON file mapping each input (relative to
 * the cache file, so a CI checkout in another folder still hits) to the hash
 * of its content, the template and the tool version, and to its outputs.
 * A missing or unreadable cache is an empty one: the worst case is a rebuild.
 */
export class BuildCache {
  private readonly folder: string;

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {
    this.folder = dirname(file);
  }

  static async load(file: string): Promise<BuildCache> {
    const entries = new Map<string, CacheEntry>();
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      try {
        const content = JSON.parse(text) as Partial<CacheFileContent>;
        if (content.format === 'gongwen-plan-cache' && content.version === 3 && content.entries) {
          for (const [key, entry] of Object.entries(content.entries)) {
            if (typeof entry?.hash === 'string' && Array.isArray(entry.outputs) && typeof entry.dependencies === 'object' && entry.dependencies !== null)
              entries.set(key, entry);
          }
        }
      } catch {
        // A damaged cache only costs a rebuild.
      }
    }
    return new BuildCache(resolve(file), entries);
  }

  /** The previous build of `input`, with absolute paths. */
  previous(input: string): CacheEntry | undefined {
    const entry = this.entries.get(this.key(input));
    if (!entry) return undefined;
    return {
      hash: entry.hash,
      outputs: entry.outputs.map((output) => resolve(this.folder, output)),
      dependencies: Object.fromEntries(Object.entries(entry.dependencies).map(([key, hash]) => [this.dependencyPath(key), hash])),
    };
  }

  record(input: string, hash: string, outputs: readonly string[], dependencies: Readonly<Record<string, string>> = {}): void {
    this.entries.set(this.key(input), {
      hash,
      outputs: outputs.map((output) => relative(this.folder, output)),
      dependencies: Object.fromEntries(Object.entries(dependencies).map(([dependency, digest]) => [this.dependencyKey(dependency), digest])),
    });
  }

  forget(input: string): void {
    this.entries.delete(this.key(input));
  }

  async save(): Promise<void> {
    const sorted = [...this.entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const content: CacheFileContent = { format: 'gongwen-plan-cache', version: 3, entries: Object.fromEntries(sorted) };
    await writeFileAtomic(this.file, `${JSON.stringify(content, null, 1)}\n`, {
      zh: '请用 --cache-file 换一个缓存文件位置',
      en: 'Choose another cache file with --cache-file',
    });
  }

  private key(input: string): string {
    return relative(this.folder, input).split('\\').join('/');
  }

  /** A dependency as stored: its path relative to the cache file, a config search marked as such. */
  private dependencyKey(dependency: string): string {
    const folder = searchedFolder(dependency);
    return folder === null ? this.key(dependency) : configSearch(this.key(folder));
  }

  private dependencyPath(key: string): string {
    const folder = searchedFolder(key);
    return folder === null ? resolve(this.folder, key) : configSearch(resolve(this.folder, folder));
  }
}

/** The hash of one input under a build configuration (`key`: template, tool version, formats). */
export function hashInput(key: string, bytes: Uint8Array): string {
  return nodeCrypto().createHash('sha256').update(key).update('\0').update(bytes).digest('hex');
}

/**
 * A stable hash of every file in a folder (a template), so that editing the
 * template invalidates the cache of every plan built with it.
 */
export async function hashFolder(folder: string): Promise<string> {
  const hash = nodeCrypto().createHash('sha256');
  const walk = async (current: string): Promise<void> => {
    const entries = (await readdir(current, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        hash
          .update(relative(folder, path))
          .update('\0')
          .update(await readFile(path))
          .update('\0');
      }
    }
  };
  await walk(folder);
  return hash.digest('hex');
}

/** Joins the parts of a build configuration into the key `hashInput` mixes in. */
export function cacheKey(parts: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(parts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Hashes of what builds depend on, each worked out once per run (a
 * thousand plans share one config file): a file by its content, a folder by
 * all of its files, a missing path as such, a config search by where it
 * ends and what that file says.
 */
export class DependencyHashes {
  private readonly known = new Map<string, Promise<string>>();

  hash(path: string): Promise<string> {
    let found = this.known.get(path);
    if (!found) {
      const folder = searchedFolder(path);
      found = folder === null ? hashPath(path) : Promise.resolve(hashConfigSearch(folder));
      this.known.set(path, found);
    }
    return found;
  }

  async all(paths: readonly string[]): Promise<Record<string, string>> {
    return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await this.hash(path)] as const)));
  }

  /** Whether every recorded dependency still has the hash it had. */
  async unchanged(recorded: Readonly<Record<string, string>>): Promise<boolean> {
    for (const [path, hash] of Object.entries(recorded)) {
      if ((await this.hash(path)) !== hash) return false;
    }
    return true;
  }
}

async function hashPath(path: string): Promise<string> {
  const found = await stat(path).catch(() => null);
  if (found === null) return 'missing';
  if (found.isDirectory()) return `folder:${await hashFolder(path)}`;
  return `file:${nodeCrypto()
    .createHash('sha256')
    .update(await readFile(path))
    .digest('hex')}`;
}
