import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { forgetKinds, partCompiler } from '../../../../src/render/docx/compile-parts.js';
import { renderDocx } from '../../../../src/render/docx/render-docx.js';
import type { DocumentView } from '../../../../src/render/view-model.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { officialPlan } from '../official-plan.js';
import { docxParts, SAMPLE_PLANS } from './docx-parts.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  forgetKinds();
});

/** Documents of several kinds, interleaved: both templates, a link, a 版记 after blank pages (a section without page numbers). */
async function documents(): Promise<Array<{ view: DocumentView; template: LoadedTemplate }>> {
  const plan = await loadTemplate('plan', { cwd: process.cwd() });
  const official = await loadTemplate('official', { cwd: process.cwd() });
  const found: Array<{ view: DocumentView; template: LoadedTemplate }> = [];
  for (let round = 0; round < 5; round += 1) {
    for (const template of [plan, official]) {
      for (const source of SAMPLE_PLANS) found.push({ view: buildViewModel(parsePlan(source).document, template), template });
    }
    for (const paragraphs of [20, 37]) found.push({ view: officialPlan(official, paragraphs + round), template: official });
  }
  return found;
}

describe('a document compiled from the parts of its kind', () => {
  it('is every part docx itself writes, byte for byte, for the documents that take that path', async () => {
    // One clock for both ways, so that the core properties' timestamps agree.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-05T08:00:00Z') });
    const all = await documents();
    const compile = vi.spyOn(partCompiler()!, 'compile');
    const shared = [];
    for (const { view, template } of all) shared.push(await docxParts(await renderDocx(view, template)));
    const compiledWhole = compile.mock.calls.length;
    const own = [];
    for (const { view, template } of all) {
      forgetKinds();
      own.push(await docxParts(await renderDocx(view, template)));
    }
    expect(shared).toEqual(own);
    // Most documents took the shared path: the comparison is not of docx with itself.
    expect(compiledWhole).toBeLessThan(all.length / 2);
    expect(compile.mock.calls.length - compiledWhole).toBe(all.length);
  });

  it('takes documents with links, each with its own relationships', async () => {
    const template = await loadTemplate('plan', { cwd: process.cwd() });
    const compile = vi.spyOn(partCompiler()!, 'compile');
    const links = ['https://www.gov.cn/a', 'https://www.gov.cn/b', 'https://www.gov.cn/c', 'https://www.gov.cn/d'];
    const found = [];
    for (const link of links) {
      const view = buildViewModel(parsePlan(`---\ntitle: 2027年工作计划\n---\n\n一、目标\n\n详见[网站](${link})与[附件](${link}/x)。\n`).document, template);
      found.push(await docxParts(await renderDocx(view, template)));
    }
    expect(compile).toHaveBeenCalledTimes(2);
    const last = found[3]!;
    const relationships = last.get('word/_rels/document.xml.rels')!;
    expect(relationships).toContain('Target="https://www.gov.cn/d"');
    expect(relationships).toContain('Target="https://www.gov.cn/d/x"');
    expect(relationships).not.toContain('https://www.gov.cn/c');
    // Both links' ids are in the body, and the font table comes after them, as docx numbers it.
    for (const id of relationships.match(/(?<=Id=")rIdrandom\d+/g)!) expect(last.get('word/document.xml')).toContain(`r:id="${id}"`);
    expect(relationships).toMatch(/<Relationship Id="rId11" Type="[^"]*fontTable" Target="fontTable.xml"\/><\/Relationships>$/);
  });

  it('does not count the clock ticking between the two writings of the second document', async () => {
    // Every timestamp a millisecond after the last, as on a machine where the two writings do not fall in one millisecond.
    let tick = 0;
    vi.spyOn(Date.prototype, 'toISOString').mockImplementation(() => `2027-01-05T08:00:00.${String(tick++).padStart(3, '0')}Z`);
    const template = await loadTemplate('plan', { cwd: process.cwd() });
    const compile = vi.spyOn(partCompiler()!, 'compile');
    const cores = [];
    for (const title of ['甲', '乙', '丙', '丁']) {
      const view = buildViewModel(parsePlan(`---\ntitle: ${title}年工作计划\n---\n\n一、目标\n`).document, template);
      cores.push((await docxParts(await renderDocx(view, template))).get('docProps/core.xml'));
    }
    expect(compile).toHaveBeenCalledTimes(2);
    expect(cores[3]).toContain('<dc:title>丁年工作计划</dc:title>');
    expect(new Set(cores.map((core) => core?.match(/<dcterms:created[^>]*>([^<]*)/)?.[1])).size).toBe(4);
  });

  it('is left for good when its text differs from docx', async () => {
    vi.resetModules();
    vi.doMock('../../../../src/render/docx/xml-text.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../../src/render/docx/xml-text.js')>();
      return { ...real, partText: (data: object, declaration: { standalone?: 'yes' }) => `${real.partText(data, declaration)}<!-- differs -->` };
    });
    try {
      const fresh = {
        parts: await import('../../../../src/render/docx/compile-parts.js'),
        render: await import('../../../../src/render/docx/render-docx.js'),
        template: await import('../../../../src/template/load-template.js'),
        view: await import('../../../../src/render/build-view-model.js'),
      };
      const template = await fresh.template.loadTemplate('plan', { cwd: process.cwd() });
      const view = fresh.view.buildViewModel(parsePlan(SAMPLE_PLANS[0]!).document, template);
      const compile = vi.spyOn(fresh.parts.partCompiler()!, 'compile');
      for (let index = 0; index < 4; index += 1) {
        const parts = await docxParts(await fresh.render.renderDocx(view, template));
        expect([...parts.values()].some((text) => text.includes('<!-- differs -->'))).toBe(false);
      }
      expect(compile).toHaveBeenCalledTimes(4);
    } finally {
      vi.doUnmock('../../../../src/render/docx/xml-text.js');
      vi.resetModules();
    }
  });
});
