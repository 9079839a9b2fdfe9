import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where an open document lives on disk, which decides its config: a `file:`
 * URI is its path; an unsaved buffer (`untitled:`) is taken to be in the
 * workspace folder, so the workspace's config applies to it.
 */
export function documentPath(uri: string, root: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // A file URI with a host (a network share on another platform) falls through.
    }
  }
  return join(root, 'untitled.md');
}
