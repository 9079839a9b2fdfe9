import { relative } from 'node:path';
import { findConfigFile } from '../config/find-config-file.js';
import { nodeCrypto } from '../io/node-modules-on-demand.js';

const CONFIG_SEARCH = 'config-search:';

/**
 * A dependency on the config file that applies to the plans of `folder`,
 * whichever that is: the nearest one up the folder tree. Recording only the
 * file found would miss a config file added nearer the plan, or one added
 * where the plan had none.
 */
export function configSearch(folder: string): string {
  return `${CONFIG_SEARCH}${folder}`;
}

export function searchedFolder(dependency: string): string | null {
  return dependency.startsWith(CONFIG_SEARCH) ? dependency.slice(CONFIG_SEARCH.length) : null;
}

/**
 * The config file a search from `folder` finds, relative to the folder (so
 * a checkout elsewhere still matches), and the hash of its parsed content:
 * an edit to its comments or spacing changes nothing. A file that cannot
 * be parsed has a hash of its own, so the build runs and reports it.
 */
export function hashConfigSearch(folder: string): string {
  try {
    const found = findConfigFile(folder);
    if (found === null) return 'config:none';
    const where = relative(folder, found.file).split('\\').join('/');
    return `config:${where}:${nodeCrypto()
      .createHash('sha256')
      .update(JSON.stringify(found.content) ?? '')
      .digest('hex')}`;
  } catch (error) {
    return `config:unreadable:${(error as Error).message}`;
  }
}
