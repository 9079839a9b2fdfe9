import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { headingParagraph } from '../../../../src/render/docx/levels.js';
import { bodyParagraph } from '../../../../src/render/docx/body-paragraph.js';
import { documentStyles } from '../../../../src/render/docx/paragraph-styles.js';
import type { ViewHeading } from '../../../../src/render/view-model.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { attributes, findAll, textOf, xmlTree } from './xml-tree.js';

let template: LoadedTemplate;

beforeAll(async () => {
  template = await loadTemplate('plan', { cwd: process.cwd() });
});

const SOURCE = `# 计划

篇1 第一篇

一、工作目标

（一）加强领导。各部门要高度重视。

1.抓好落实。按季度调度。

（1）细化任务。逐项分解。

①明确责任。专人负责。

正文段落。
`;

function headings(): ViewHeading[] {
  const view = buildViewModel(parsePlan(SOURCE).document, template);
  return view.blocks.filter((block): block is ViewHeading => block.type === 'heading');
}

function headingTree(level: ViewHeading['level']) {
  const heading = headings().find((item) => item.level === level);
  if (!heading) throw new Error(`no heading of level ${String(level)}`);
  return xmlTree(headingParagraph(heading, template.manifest));
}

/** A run's size and weight as they take effect: its own, or else the document default it inherits. */
function effective(run: unknown): { size: unknown; bold: unknown } {
  const inherited = documentStyles(template.manifest).default?.document?.run;
  const own = findAll(run, 'w:b')[0] as { _attr?: { 'w:val'?: boolean } } | undefined;
  return { size: attributes(run, 'w:sz')?.['w:val'] ?? inherited?.size, bold: own ? own._attr?.['w:val'] !== false : inherited?.bold };
}

/** The run properties of the first run (the marker). */
function firstRunFonts(tree: unknown) {
  return attributes(findAll(tree, 'w:r')[0], 'w:rFonts');
}

describe('level headings', () => {
  it.each([
    [1, '黑体'],
    [2, '楷体_GB2312'],
    [3, '仿宋_GB2312'],
    [4, '仿宋_GB2312'],
    [5, '仿宋_GB2312'],
  ] as const)('level %s is set in %s, 16 pt, with the East Asian hint and Times New Roman for Latin', (level, font) => {
    const tree = headingTree(level);
    expect(firstRunFonts(tree)).toEqual({
      'w:eastAsia': font,
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:cs': 'Times New Roman',
      'w:hint': 'eastAsia',
    });
    expect(effective(findAll(tree, 'w:r')[0]).size).toBe(32);
    // −0.25 pt per character fits 28 characters into 156 mm.
    expect(attributes(findAll(tree, 'w:rPr')[0], 'w:spacing')).toEqual({ 'w:val': -5 });
  });

  it('keeps the body indent, exact line spacing and no widow control on a numbered heading', () => {
    const tree = headingTree(1);
    expect(attributes(tree, 'w:ind')).toEqual({ 'w:firstLine': 640, 'w:firstLineChars': 200 });
    // The grid's exact spacing is the document default, which the paragraph keeps by writing none.
    expect(attributes(findAll(tree, 'w:pPr')[0], 'w:spacing')).toBeUndefined();
    expect(documentStyles(template.manifest).default?.document?.paragraph?.spacing).toEqual({ line: 579, lineRule: 'exact', before: 0, after: 0 });
    expect(attributes(tree, 'w:widowControl')).toEqual({ 'w:val': false });
    expect(attributes(tree, 'w:jc')).toEqual({ 'w:val': 'both' });
  });

  it('sets a run-in heading in its level font and the body that runs on in the body font', () => {
    const tree = headingTree(2);
    expect(textOf(tree)).toBe('（一）加强领导。各部门要高度重视。');
    const runs = findAll(tree, 'w:r');
    const fonts = runs.map((run) => attributes(run, 'w:rFonts')?.['w:eastAsia']);
    expect(fonts[0]).toBe('楷体_GB2312');
    expect(fonts.at(-1)).toBe('仿宋_GB2312');
    const bodyRun = runs.find((run) => textOf(run).startsWith('各部门'));
    expect(attributes(bodyRun, 'w:rFonts')?.['w:eastAsia']).toBe('仿宋_GB2312');
  });

  it('keeps a heading on a line of its own, 一、 or 篇, whole and with its next line; a run-in heading breaks as its paragraph', () => {
    const blocks = buildViewModel(parsePlan(SOURCE).document, template).blocks;
    for (const level of [1, 'part'] as const) {
      const index = blocks.findIndex((block) => block.type === 'heading' && block.level === level);
      const tree = xmlTree(headingParagraph(blocks[index] as ViewHeading, template.manifest, blocks[index + 1]));
      expect(findAll(tree, 'w:keepNext'), String(level)).toHaveLength(1);
      expect(findAll(tree, 'w:keepLines'), String(level)).toHaveLength(1);
    }
    const runIn = headingTree(2);
    expect(findAll(runIn, 'w:keepNext')).toHaveLength(0);
    expect(findAll(runIn, 'w:keepLines')).toHaveLength(0);
  });

  it('does not keep a heading with a heading of its own level or above, one on a new page, or nothing: it heads none of them', () => {
    const view = buildViewModel(parsePlan('# 计划\n\n一、目标\n\n二、措施\n\n（一）加强领导\n\n正文。\n\n三、保障\n').document, template);
    const blocks = view.blocks;
    const kept = blocks.map((block, index) =>
      block.type === 'heading' ? findAll(xmlTree(headingParagraph(block, template.manifest, blocks[index + 1])), 'w:keepNext').length : null,
    );
    // 一、 before 二、: no; 二、 before （一）: yes; （一） before the text: yes; 三、 at the end: no.
    expect(kept).toEqual([0, 1, 1, null, 0]);
  });

  it('bolds the third level only when the template asks', () => {
    expect(effective(findAll(headingTree(3), 'w:r')[0]).bold).toBe(false);
    const bold = { ...template, manifest: { ...template.manifest, options: { ...template.manifest.options, boldLevel3: true } } };
    const view = buildViewModel(parsePlan(SOURCE).document, bold);
    const third = view.blocks.find((block): block is ViewHeading => block.type === 'heading' && block.level === 3)!;
    const tree = xmlTree(headingParagraph(third, bold.manifest));
    expect(findAll(findAll(tree, 'w:r')[0], 'w:b')).toEqual([{}]);
    expect(effective(findAll(tree, 'w:r')[0]).bold).toBe(true);
  });

  it('centres a part in the title font; a later part starts a new page', () => {
    const tree = headingTree('part');
    expect(attributes(tree, 'w:jc')).toEqual({ 'w:val': 'center' });
    expect(firstRunFonts(tree)?.['w:eastAsia']).toBe('方正小标宋简体');
    expect(findAll(tree, 'w:pageBreakBefore')).toHaveLength(0);
    const source = `${SOURCE}\n篇2 第二篇\n\n一、目标\n\n正文。\n`;
    const view = buildViewModel(parsePlan(source).document, template);
    const second = view.blocks.filter((block): block is ViewHeading => block.type === 'heading' && block.level === 'part')[1]!;
    expect(findAll(xmlTree(headingParagraph(second, template.manifest)), 'w:pageBreakBefore')).toHaveLength(1);
  });

  it('writes a body paragraph justified with the two-character first-line indent', () => {
    const view = buildViewModel(parsePlan(SOURCE).document, template);
    const paragraph = view.blocks.find((block) => block.type === 'paragraph')!;
    if (paragraph.type !== 'paragraph') throw new Error('no paragraph');
    const tree = xmlTree(bodyParagraph(paragraph, template.manifest));
    expect(textOf(tree)).toBe('正文段落。');
    expect(attributes(tree, 'w:ind')).toEqual({ 'w:firstLine': 640, 'w:firstLineChars': 200 });
    expect(attributes(tree, 'w:jc')).toEqual({ 'w:val': 'both' });
  });
});
