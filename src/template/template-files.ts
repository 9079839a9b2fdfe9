import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { PlanError } from '../errors.js';

/** One folder of a template's files, with how messages name its paths. */
export interface TemplateLayer {
  folder: string;
  show: (path: string) => string;
}

/**
 * A template's files, looked up through its layers: the template's own
 * folder first, then the built-in template it `extends`, and so on. A file
 * is read from the first layer that has it and must lie inside that layer's
 * folder once symbolic links are followed, so that a template copied from
 * elsewhere cannot pull other files into a document.
 *
 * Reads are synchronous: a template is a dozen small files read once per
 * process, and waiting on the thread pool for each left a single plan's
 * build idle.
 */
export class TemplateFiles {
  constructor(readonly layers: readonly TemplateLayer[]) {}

  /** The path of a file (relative to a template folder) in the first layer that has it. */
  find(relativePath: string): { file: string; layer: TemplateLayer } | null {
    for (const layer of this.layers) {
      const file = join(layer.folder, relativePath);
      if (statSync(file, { throwIfNoEntry: false })?.isFile()) return { file, layer };
    }
    return null;
  }

  read(relativePath: string, missing?: { zh: string; en: string }): string {
    const found = this.find(relativePath);
    const own = this.layers[0] as TemplateLayer;
    if (!found) {
      const shown = own.show(join(own.folder, relativePath));
      throw new PlanError(
        missing ?? {
          zh: `模板缺少文件 ${shown}：请从内置模板复制该文件（plan template init）`,
          en: `The template lacks the file ${shown}: copy it from a built-in template (plan template init)`,
        },
        { place: { file: shown } },
      );
    }
    const real = realpathSync(found.file);
    const inside = relative(realpathSync(found.layer.folder), real);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      const shown = found.layer.show(found.file);
      throw new PlanError(
        {
          zh: `模板文件 ${shown} 指向模板文件夹之外（${real}）；模板只能使用自己文件夹中的文件`,
          en: `The template file ${shown} points outside the template folder (${real}); a template may use only files in its own folder`,
        },
        { place: { file: shown } },
      );
    }
    return readFileSync(real, 'utf8');
  }

  /** File names ending in `extension` in a sub-folder, across layers; a name in an upper layer hides the same name below. */
  list(relativeFolder: string, extension: string): string[] {
    const names = new Set<string>();
    for (const layer of this.layers) {
      const entries = readFolder(join(layer.folder, relativeFolder));
      for (const entry of entries) if (entry.endsWith(extension)) names.add(entry);
    }
    return [...names].sort();
  }

  /** A file's path as messages show it, in the layer it is read from. */
  shown(relativePath: string): string {
    const found = this.find(relativePath);
    const layer = found?.layer ?? (this.layers[0] as TemplateLayer);
    return layer.show(join(layer.folder, relativePath));
  }
}

function readFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
