import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanError } from '../../../src/errors.js';
import { BUILTIN_TEMPLATES_FOLDER, builtinTemplateNames } from '../../../src/template/builtin-templates.js';
import { clearTemplateCache, loadTemplate } from '../../../src/template/load-template.js';
import { tableHeaderFont } from '../../../src/template/table-header-font.js';
import { buildPieceContext, renderPiece } from '../../../src/template/piece-context.js';
import { tempFolder } from '../../helpers/temp-folder.js';

let work: string;
let copy: string;

beforeEach(async () => {
  work = tempFolder('plan-template-');
  copy = join(work, 'mine');
  // What plan template init makes: official's files over those of the built-in it extends.
  for (const layer of [...(await loadTemplate('official', { cwd: work })).files.layers].reverse()) {
    await cp(layer.folder, copy, { recursive: true, force: true });
  }
  const manifest = join(copy, 'template.yaml');
  await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/^extends: .*\n/m, ''));
  clearTemplateCache();
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<PlanError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PlanError);
  return error as PlanError;
}

async function editManifest(from: string | RegExp, to: string): Promise<void> {
  const file = join(copy, 'template.yaml');
  const text = await readFile(file, 'utf8');
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  await writeFile(file, changed);
}

describe('built-in templates', () => {
  it('lists plan and official from the templates folder', () => {
    expect(builtinTemplateNames()).toEqual(expect.arrayContaining(['plan', 'official']));
  });

  it('loads plan with the GB/T 9704 geometry and fonts', async () => {
    const template = await loadTemplate('plan', { cwd: work });
    expect(template.builtin).toBe(true);
    expect(template.manifest.page.margins).toEqual({ topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 });
    expect(template.manifest.grid).toMatchObject({ linesPerPage: 22, charactersPerLine: 28, linePitchPt: 28.95 });
    expect(template.manifest.fonts.level1.eastAsia[0]).toBe('黑体');
    expect(template.manifest.fonts.level2.eastAsia[0]).toBe('楷体_GB2312');
    expect(template.manifest.fonts.body).toMatchObject({ sizePt: 16, eastAsia: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong'] });
    expect(template.manifest.blocks.redHeader).toBe(false);
  });

  it('loads official, which prints the 版头 and 版记 and needs the issuer', async () => {
    const template = await loadTemplate('official', { cwd: work });
    expect(template.manifest.blocks).toMatchObject({ redHeader: true, docNumber: true, redRule: true, imprint: true });
    expect(template.manifest.requires).toEqual(expect.arrayContaining(['issuer', 'docNumber']));
  });

  it('parses a template once per process', async () => {
    const first = await loadTemplate('plan', { cwd: work });
    const second = await loadTemplate('plan', { cwd: '/' });
    expect(second).toBe(first);
  });
});

describe('template folders', () => {
  it('loads a folder given by path and renders its pieces', async () => {
    await writeFile(join(copy, 'pieces', 'red-header.hbs'), '{{issuer}}文件（副本）');
    const template = await loadTemplate('./mine', { cwd: work });
    expect(template.builtin).toBe(false);
    const context = buildPieceContext({ issuer: '樊城区科学技术局' }, null);
    expect(renderPiece(template, 'red-header', context)).toEqual(['樊城区科学技术局文件（副本）']);
  });

  it('refuses an unknown template and lists the built-in ones', async () => {
    const error = await rejection(loadTemplate('offical', { cwd: work }));
    expect(error.text.zh).toContain('找不到模板“offical”');
    expect(error.text.zh).toContain('official');
    expect(error.text.en).toContain('Unknown template "offical"');
  });

  it('names the key and line of a wrong value in the manifest', async () => {
    await editManifest(
      /body: \{ eastAsia: \[仿宋_GB2312, 仿宋, FangSong, STFangsong\], latin: Times New Roman, sizePt: 16/,
      'body: { eastAsia: [仿宋_GB2312], latin: Times New Roman, sizePt: big',
    );
    const error = await rejection(loadTemplate(copy, { cwd: work }));
    expect(error.text.en).toContain('fonts.body.sizePt');
    expect(error.text.en).toContain('should be of type number');
    const lines = (await readFile(join(copy, 'template.yaml'), 'utf8')).split('\n');
    const line = lines.findIndex((text) => text.includes('sizePt: big')) + 1;
    expect(error.place).toMatchObject({ line });
    expect(error.text.zh).toContain(`template.yaml:${line}`);
  });

  it('loads a manifest written before the table header’s font role, whose header row is then 黑体', async () => {
    await editManifest(/\n {2}tableHeader: .*/, '');
    const loaded = await loadTemplate(copy, { cwd: work });
    expect(loaded.manifest.fonts.tableHeader).toBeUndefined();
    expect(tableHeaderFont(loaded.manifest)).toEqual({ ...loaded.manifest.fonts.table, eastAsia: ['黑体', 'SimHei'], bold: false });
  });

  it('names a misspelt key and a missing one', async () => {
    await editManifest('  boldLevel3: false', '  boldLevel_3: false');
    const error = await rejection(loadTemplate(copy, { cwd: work }));
    expect(error.text.en).toMatch(/options\.boldLevel(3 is missing|_3)/);
  });

  it('reports YAML syntax errors with the line', async () => {
    await editManifest('redColor: FF0000', 'redColor: [FF0000');
    const error = await rejection(loadTemplate(copy, { cwd: work }));
    expect(error.text.en).toContain('is not valid YAML');
    expect(error.place.line).toBeGreaterThan(1);
  });

  it('reports a Handlebars syntax error with the file and line', async () => {
    await writeFile(join(copy, 'pieces', 'signature.hbs'), '{{signature}}\n{{#if signer}}\n{{signer}\n');
    const error = await rejection(loadTemplate(copy, { cwd: work }));
    expect(error.text.zh).toContain('pieces/signature.hbs:3');
    expect(error.text.zh).toContain('语法错误');
    expect(error.place.line).toBe(3);
  });

  it('names a piece file that is missing', async () => {
    await rm(join(copy, 'pieces', 'date.hbs'));
    const error = await rejection(loadTemplate(copy, { cwd: work }));
    expect(error.text.en).toContain(join('pieces', 'date.hbs'));
  });

  it('is strict: a misspelt field is an error naming the piece, not an empty string', async () => {
    await writeFile(join(copy, 'pieces', 'date.hbs'), '{{dat}}');
    const template = await loadTemplate(copy, { cwd: work });
    expect(() => renderPiece(template, 'date', buildPieceContext({ date: '2027-01-05' }, null))).toThrow(/date\.hbs/);
  });

  it('leaves prototype access denied', async () => {
    await writeFile(join(copy, 'pieces', 'attachments.hbs'), '{{#each attachments}}[{{lookup this "constructor"}}][{{lookup this "__proto__"}}]{{/each}}');
    await writeFile(join(copy, 'pieces', 'date.hbs'), '{{#each attachments}}{{constructor.name}}{{/each}}');
    const template = await loadTemplate(copy, { cwd: work });
    const context = buildPieceContext({ attachments: ['计划表'] }, null);
    expect(renderPiece(template, 'attachments', context)).toEqual(['[][]']);
    // Strict mode turns the denied lookup into an error instead of printing Object.
    expect(() => renderPiece(template, 'date', context)).toThrow(PlanError);
  });

  it('registers partials from the template folder only', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(copy, 'pieces', 'partials'), { recursive: true });
    await writeFile(join(copy, 'pieces', 'partials', 'issuer-name.hbs'), '【{{issuer}}】');
    await writeFile(join(copy, 'pieces', 'red-header.hbs'), '{{> issuer-name}}文件');
    const template = await loadTemplate(copy, { cwd: work });
    expect(renderPiece(template, 'red-header', buildPieceContext({ issuer: '科技局' }, null))).toEqual(['【科技局】文件']);

    await writeFile(join(work, 'outside.hbs'), 'secret');
    await symlink(join(work, 'outside.hbs'), join(copy, 'pieces', 'partials', 'leak.hbs'));
    clearTemplateCache();
    const error = await rejection(loadTemplate(copy, { cwd: work }));
    expect(error.text.en).toContain('points outside the template folder');
  });

  it('refuses a partial that names a file instead of a registered partial', async () => {
    await writeFile(join(copy, 'pieces', 'red-header.hbs'), '{{> ../../template.yaml}}');
    const template = await loadTemplate(copy, { cwd: work });
    expect(() => renderPiece(template, 'red-header', buildPieceContext({ issuer: 'x' }, null))).toThrow(PlanError);
  });

  /** Gives the copied template an HTML page that includes a `head` partial with this text. */
  async function writeHtmlPage(head: string): Promise<void> {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(copy, 'html', 'partials'), { recursive: true });
    await writeFile(join(copy, 'html', 'partials', 'head.hbs'), head);
    await writeFile(join(copy, 'html', 'document.hbs'), '{{> head}}<p>{{body}}</p>');
  }

  it('compiles the HTML page with escaping when the template has one', async () => {
    await writeHtmlPage('<title>{{title}}</title>');
    const template = await loadTemplate(copy, { cwd: work });
    expect(template.html()?.document({ title: 'a&b', body: '<script>' })).toBe('<title>a&amp;b</title><p>&lt;script&gt;</p>');
  });

  it('compiles the HTML page only when first asked: a syntax error in it stops HTML, not a .docx, and names its file and line', async () => {
    await writeHtmlPage('<title>\n{{title}\n</title>\n');
    const template = await loadTemplate(copy, { cwd: work });
    expect(renderPiece(template, 'red-header', buildPieceContext({ issuer: '樊城区科学技术局' }, null))).toEqual(['樊城区科学技术局文件']);
    const error = (() => {
      try {
        template.html();
      } catch (thrown) {
        return thrown as PlanError;
      }
      throw new Error('the broken partial compiled');
    })();
    expect(error).toBeInstanceOf(PlanError);
    expect(error.text.zh).toContain('html/partials/head.hbs:2');
    expect(error.text.zh).toContain('语法错误');
  });

  describe('extends', () => {
    it('official holds only its manifest and takes its pieces and HTML page from plan', async () => {
      const template = await loadTemplate('official', { cwd: work });
      expect(template.files.layers.map((layer) => layer.folder)).toEqual([join(BUILTIN_TEMPLATES_FOLDER, 'official'), join(BUILTIN_TEMPLATES_FOLDER, 'plan')]);
      expect(template.html()).not.toBeNull();
      expect(await template.files.shown(join('pieces', 'date.hbs'))).toBe('plan/pieces/date.hbs');
    });

    it('lets a clerk’s template be a manifest alone, extending a built-in one', async () => {
      const mine = join(work, 'blue');
      await mkdir(mine);
      const official = await readFile(join(BUILTIN_TEMPLATES_FOLDER, 'official', 'template.yaml'), 'utf8');
      await writeFile(
        join(mine, 'template.yaml'),
        official
          .replace(/^name: .*$/m, 'name: blue')
          .replace(/^extends: .*$/m, 'extends: official')
          .replace(/^redColor: .*$/m, 'redColor: "0000FF"'),
      );
      const template = await loadTemplate(mine, { cwd: work });
      expect(template.manifest.redColor).toBe('0000FF');
      expect(template.files.layers).toHaveLength(3);
      expect(template.pieces.date({ date: '2027年1月5日' })).toContain('2027年1月5日');
    });

    it('takes a manifest of two keys, extends and redColor, merged over the one it extends', async () => {
      const mine = join(work, 'red-only');
      await mkdir(mine);
      await writeFile(join(mine, 'template.yaml'), 'extends: official\nredColor: "C00000"\n');
      const template = await loadTemplate(mine, { cwd: work });
      const official = await loadTemplate('official', { cwd: work });
      expect(template.manifest.redColor).toBe('C00000');
      expect(template.manifest.page).toEqual(official.manifest.page);
      expect(template.manifest.blocks).toEqual(official.manifest.blocks);
      expect(template.manifest.extends).toBe('official');
      expect(template.files.layers).toHaveLength(3);
    });

    it('merges nested keys one by one, and still names the line of a bad value', async () => {
      const mine = join(work, 'bigger-body');
      await mkdir(mine);
      await writeFile(join(mine, 'template.yaml'), 'extends: plan\nfonts:\n  body:\n    sizePt: 15\n');
      const template = await loadTemplate(mine, { cwd: work });
      expect(template.manifest.fonts.body.sizePt).toBe(15);
      expect(template.manifest.fonts.body.eastAsia.length).toBeGreaterThan(0);
      const broken = join(work, 'broken-body');
      await mkdir(broken);
      await writeFile(join(broken, 'template.yaml'), 'extends: plan\nfonts:\n  body:\n    sizePt: 150\n');
      const error = await rejection(loadTemplate(broken, { cwd: work }));
      expect(error.text.zh).toMatch(/template\.yaml:4：键 fonts\.body\.sizePt 的值太大/);
    });

    it('uses its own file over the one it inherits', async () => {
      await writeFile(join(copy, 'template.yaml'), `${await readFile(join(copy, 'template.yaml'), 'utf8')}extends: plan\n`);
      await writeFile(join(copy, 'pieces', 'date.hbs'), '成文于{{date}}');
      const template = await loadTemplate(copy, { cwd: work });
      expect(template.pieces.date({ date: '2027年1月5日' })).toBe('成文于2027年1月5日');
      await rm(join(copy, 'pieces', 'date.hbs'));
      clearTemplateCache();
      const inherited = await loadTemplate(copy, { cwd: work });
      expect(inherited.pieces.date({ date: '2027年1月5日' })).not.toContain('成文于');
    });

    it('names the key when the base is not a built-in template', async () => {
      await writeFile(join(copy, 'template.yaml'), `${await readFile(join(copy, 'template.yaml'), 'utf8')}extends: ../elsewhere\n`);
      const error = await rejection(loadTemplate(copy, { cwd: work }));
      expect(error.text.zh).toContain('的键 extends 的值“../elsewhere”不是内置模板');
    });
  });
});
