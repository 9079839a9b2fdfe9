import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_TEMPLATES_FOLDER, builtinTemplateNames } from '../../../src/template/builtin-templates.js';
import { precompiledModuleText } from '../../../src/template/precompile-builtins.js';
import { parseManifestText } from '../../../src/template/parse-manifest.js';
import { parsedBuiltinManifest, precompiledSpec } from '../../../src/template/precompiled-templates.js';
import { EXAMPLES_DIR, PROJECT_DIR } from '../../helpers/corpus.js';
import { FRONT_MATTER } from '../render/official-plan.js';

const GENERATED = join(PROJECT_DIR, 'src/template/precompiled-templates.generated.ts');

/** Every .hbs file of the built-in templates, with whether it compiles for HTML (escaping) or for text. */
function builtinFiles(): Array<{ file: string; escaping: boolean }> {
  const found: Array<{ file: string; escaping: boolean }> = [];
  for (const name of builtinTemplateNames()) {
    for (const [folder, escaping] of [
      ['html', true],
      ['html/partials', true],
      ['pieces', false],
      ['pieces/partials', false],
    ] as const) {
      const path = join(BUILTIN_TEMPLATES_FOLDER, name, folder);
      let names: string[];
      try {
        names = readdirSync(path);
      } catch {
        continue;
      }
      for (const entry of names.filter((item) => item.endsWith('.hbs'))) found.push({ file: join(path, entry), escaping });
    }
  }
  return found;
}

/** The view (pieces and manifest) and HTML page of two plans under each built-in template, by a fresh copy of the modules. */
async function renderAll(): Promise<string[]> {
  const { parsePlan } = await import('../../../src/parse/parse-plan.js');
  const { buildViewModel } = await import('../../../src/render/build-view-model.js');
  const { renderHtml } = await import('../../../src/render/html/render-html.js');
  const { loadTemplate } = await import('../../../src/template/load-template.js');
  const plans = [
    readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'),
    `${FRONT_MATTER}\n# 计划\n\n一、目标\n\n正文。\n\n## 附件1：分工表\n\n附件正文。\n`,
  ];
  const outputs: string[] = [];
  for (const name of builtinTemplateNames()) {
    const template = await loadTemplate(name, { cwd: PROJECT_DIR });
    for (const plan of plans) {
      const view = buildViewModel(parsePlan(plan, { file: 'plan.md' }).document, template);
      outputs.push(JSON.stringify(view), await renderHtml(view, template));
    }
  }
  return outputs;
}

describe('precompiled built-in templates', () => {
  it('are what the template files give now (run npm run generate if this fails)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(precompiledModuleText());
  });

  it.each(builtinFiles().map(({ file, escaping }) => [file.slice(BUILTIN_TEMPLATES_FOLDER.length), escaping] as const))('cover %s', (file, escaping) => {
    const source = readFileSync(join(BUILTIN_TEMPLATES_FOLDER, file), 'utf8');
    expect(precompiledSpec(source, { escape: escaping })).toBeDefined();
    // A file's form for the other output would compile under other options: it is never taken in its place.
    expect(precompiledSpec(source, { escape: !escaping })).toBeUndefined();
  });

  it('find nothing for an edited file', () => {
    const [first] = builtinFiles();
    const source = readFileSync(first!.file, 'utf8');
    expect(precompiledSpec(`${source} `, { escape: first!.escaping })).toBeUndefined();
  });

  it.each(builtinTemplateNames())('hold the %s manifest as parsing it gives, a fresh copy each time', (name) => {
    const text = readFileSync(join(BUILTIN_TEMPLATES_FOLDER, name, 'template.yaml'), 'utf8');
    const parsed = parsedBuiltinManifest(text);
    expect(parsed).toEqual(parseManifestText(text, name).data);
    expect(parsedBuiltinManifest(text)).not.toBe(parsed);
    expect(parsedBuiltinManifest(`${text}\n# edited\n`)).toBeUndefined();
  });

  it('render the pages and pieces that compiling the files at run time renders', async () => {
    vi.resetModules();
    const precompiled = await renderAll();
    vi.resetModules();
    vi.doMock('../../../src/template/precompiled-templates.generated.js', () => ({
      PRECOMPILED_HTML: new Map(),
      PRECOMPILED_TEXT: new Map(),
      PARSED_MANIFESTS: new Map(),
    }));
    try {
      const fresh = await import('../../../src/template/precompiled-templates.js');
      const [first] = builtinFiles();
      expect(fresh.precompiledSpec(readFileSync(first!.file, 'utf8'), { escape: first!.escaping })).toBeUndefined();
      expect(fresh.parsedBuiltinManifest(readFileSync(join(BUILTIN_TEMPLATES_FOLDER, 'plan/template.yaml'), 'utf8'))).toBeUndefined();
      const compiled = await renderAll();
      expect(compiled).toHaveLength(precompiled.length);
      for (const [index, output] of compiled.entries()) expect(output).toBe(precompiled[index]);
    } finally {
      vi.doUnmock('../../../src/template/precompiled-templates.generated.js');
      vi.resetModules();
    }
  });
});
