import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { renderDocx } from '../../../../src/render/docx/render-docx.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { NOTICE_WITH_ATTACHMENTS, positionsInOrder, PRINTED_ORDER } from '../attachment-order.js';
import { docxParts } from './docx-parts.js';

let official: LoadedTemplate;

beforeAll(async () => {
  official = await loadTemplate('official', { cwd: process.cwd() });
});

/** The document's paragraphs in order, each as its text and its properties' XML. */
function paragraphs(xml: string): Array<{ text: string; properties: string }> {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, inner = '']) => ({
    text: [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    properties: /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(inner)?.[0] ?? '',
  }));
}

describe('attachments in the .docx', () => {
  it('come after the 附件说明, 署名 and 成文日期 and before the 版记, each with all its sections', async () => {
    const parts = await docxParts(await renderDocx(buildViewModel(parsePlan(NOTICE_WITH_ATTACHMENTS).document, official), official));
    const text = paragraphs(parts.get('word/document.xml') ?? '')
      .map((paragraph) => paragraph.text)
      .join('\n');
    const body = text.indexOf('请认真贯彻落实');
    expect(positionsInOrder(text.slice(body), PRINTED_ORDER)).not.toContain(-1);
  });

  it('start each on a new page, label flush left in 黑体 16 pt, the title centred in the title font below it', async () => {
    const parts = await docxParts(await renderDocx(buildViewModel(parsePlan(NOTICE_WITH_ATTACHMENTS).document, official), official));
    const all = paragraphs(parts.get('word/document.xml') ?? '');
    const labels = all.flatMap((paragraph, index) => (/^附件\d$/.test(paragraph.text) ? [index] : []));
    expect(labels).toHaveLength(2);
    for (const index of labels) {
      const label = all[index]!;
      expect(label.properties).toContain('<w:pageBreakBefore/>');
      expect(label.properties).toMatch(/<w:jc w:val="left"\/>/);
      expect(label.properties).not.toMatch(/w:firstLine="[1-9]/);
    }
    const [first] = labels;
    // The title right below the label, two grid lines high: its glyphs on the page's third line.
    expect(all[first! + 1]).toMatchObject({ text: '2027年科技创新实施意见' });
    expect(all[first! + 1]?.properties).toMatch(/<w:jc w:val="center"\/>/);
    expect(all[first! + 1]?.properties).toContain('w:line="1158" w:lineRule="exact"');
    expect(all[first! + 2]?.text).toBe('');
    const xml = parts.get('word/document.xml') ?? '';
    const labelRun = /<w:r>(?:(?!<w:r>)[\s\S])*?<w:t(?:\s[^>]*)?>附件1<\/w:t>/.exec(xml)?.[0] ?? '';
    expect(labelRun).toContain('w:eastAsia="黑体"');
    // 16 pt is the document's default size, which runs leave out.
    expect(labelRun).not.toMatch(/<w:sz w:val="(?!32")/);
    const titleRun = /<w:r>(?:(?!<w:r>)[\s\S])*?<w:t(?:\s[^>]*)?>2027年科技创新实施意见<\/w:t>/.exec(xml.slice(xml.indexOf('附件1<')))?.[0] ?? '';
    expect(titleRun).toContain('w:eastAsia="方正小标宋简体"');
    expect(titleRun).toContain('<w:sz w:val="44"/>');
    // One section: the page numbers carry on through the attachments.
    expect(xml.match(/<w:sectPr/g)?.length).toBe(1);
  });
});
