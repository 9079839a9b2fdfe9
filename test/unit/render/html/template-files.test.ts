import { cpSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanError } from '../../../../src/errors.js';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { renderHtml } from '../../../../src/render/html/render-html.js';
import { builtinTemplateFolder } from '../../../../src/template/builtin-templates.js';
import { clearTemplateCache, loadTemplate } from '../../../../src/template/load-template.js';
import { tempFolder } from '../../../helpers/temp-folder.js';

let folder: string;
let template: string;

async function render(markdown = '# 计划\n\n正文。\n'): Promise<string> {
  const loaded = await loadTemplate(template, { cwd: folder });
  return renderHtml(buildViewModel(parsePlan(markdown).document, loaded), loaded);
}

async function failure(promise: Promise<unknown>): Promise<PlanError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PlanError);
  return error as PlanError;
}

beforeEach(() => {
  folder = tempFolder('plan-html-template-');
  template = join(folder, 'mine');
  cpSync(builtinTemplateFolder('plan') as string, template, { recursive: true });
  writeFileSync(join(folder, 'secret.txt'), 'TOP SECRET');
  clearTemplateCache();
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  clearTemplateCache();
});

describe('a clerk’s template folder', () => {
  it('renders with its own changed stylesheet and partials', async () => {
    writeFileSync(join(template, 'html/style.css'), '.document-title { color: teal; }\n');
    writeFileSync(join(template, 'html/partials/closing.hbs'), '<p class="mine">本单位自定义结尾</p>\n');
    const html = await render();
    expect(html).toContain('.document-title { color: teal; }');
    expect(html).toContain('<p class="mine">本单位自定义结尾</p>');
  });

  it('cannot pull a file from outside through a linked stylesheet', async () => {
    unlinkSync(join(template, 'html/style.css'));
    symlinkSync(join(folder, 'secret.txt'), join(template, 'html/style.css'));
    const error = await failure(render());
    expect(error.text.en).toContain('points outside the template folder');
    expect(error.text.zh).toContain('指向模板文件夹之外');
  });

  it('cannot pull a file from outside through a linked partial', async () => {
    symlinkSync(join(folder, 'secret.txt'), join(template, 'html/partials/leak.hbs'));
    const error = await failure(render());
    expect(error.text.en).toContain('points outside the template folder');
  });

  it('cannot name a file as a partial: only the partials of its folder exist', async () => {
    writeFileSync(join(template, 'html/partials/closing.hbs'), '{{> ../../secret.txt}}\n');
    const error = await failure(render());
    expect(error.text.en).not.toContain('TOP SECRET');
    expect(error.text.en).toMatch(/could not be found|not be found/);
  });

  it('cannot reach prototypes from a template', async () => {
    writeFileSync(join(template, 'html/partials/closing.hbs'), '<p class="probe">{{constructor}}|{{__proto__}}|{{#with constructor}}{{name}}{{/with}}</p>\n');
    expect(await render()).toContain('<p class="probe">||</p>');
  });

  it('says what is missing when it has no stylesheet or no HTML page', async () => {
    unlinkSync(join(template, 'html/style.css'));
    expect((await failure(render())).text.zh).toContain('模板缺少文件');
    clearTemplateCache();
    rmSync(join(template, 'html'), { recursive: true });
    const error = await failure(render());
    expect(error.text.zh).toContain('没有 HTML 页面');
    expect(error.text.en).toContain('has no HTML page');
  });

  it('escapes plan text even when a template asks for it unescaped-looking through a helper', async () => {
    writeFileSync(join(template, 'html/partials/block.hbs'), '<p>{{inline runs}}</p>\n');
    expect(await render('# 计划\n\n<b>粗</b>\n')).toContain('<p>&lt;b&gt;粗&lt;/b&gt;</p>');
  });
});
