import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../../src/import/readers/zip-guard.js';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { renderDocx } from '../../../../src/render/docx/render-docx.js';
import { loadTemplate } from '../../../../src/template/load-template.js';
import { EXAMPLES_DIR, linesToMarkdown, readCorpusText } from '../../../helpers/corpus.js';
import { FRONT_MATTER, PARAGRAPH } from '../official-plan.js';
import { WML_SEQUENCES, type Sequence } from './wml-sequences.js';

/**
 * Word refuses a document whose elements come in another order than
 * WordprocessingML's schema says ("unreadable content"), where LibreOffice,
 * which the end-to-end tests open the .docx with, reads it anyway. No Word
 * runs here, so every element of every part of a range of documents is held
 * to the schema's order of children, and to its list of allowed children.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The schema type of a WordprocessingML element, which for pPr and rPr depends on where it stands. */
function typeOf(element: Element): string | undefined {
  const parent = element.parentNode as Element | null;
  const parentName = parent?.namespaceURI === W ? parent.localName : '';
  switch (element.localName) {
    case 'pPr':
      return parentName === 'p' ? 'CT_PPr' : 'CT_PPrGeneral';
    case 'rPr':
      return parentName === 'pPr' ? 'CT_ParaRPr' : 'CT_RPr';
    case 'tr':
      return 'CT_Row';
    case 'lvlOverride':
      return 'CT_NumLvl';
    case 'ftr':
    case 'hdr':
      return 'CT_HdrFtr';
    case 'footnote':
    case 'endnote':
      return 'CT_FtnEdn';
    case 'fonts':
      return 'CT_FontsList';
    default: {
      const name = `CT_${element.localName.charAt(0).toUpperCase()}${element.localName.slice(1)}`;
      return name in WML_SEQUENCES ? name : undefined;
    }
  }
}

/**
 * Where a child stands in its parent's sequence, at or after `from`: a child
 * outside the explicit list takes the place of the next content group.
 */
function positionIn(sequence: Sequence, child: string, from: number): number {
  const index = sequence.children.indexOf(child);
  if (index >= 0) return index;
  const group = sequence.children.indexOf('#content', Math.max(0, from));
  return group >= 0 ? group : sequence.children.indexOf('#content');
}

function problemsIn(xml: string, part: string): string[] {
  const problems: string[] = [];
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const visit = (element: Element): void => {
    const type = element.namespaceURI === W ? typeOf(element) : undefined;
    const sequence = type ? WML_SEQUENCES[type] : undefined;
    let last = -1;
    let lastName = '';
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (sequence && child.namespaceURI === W) {
        const position = positionIn(sequence, child.localName, last);
        if (position < 0) problems.push(`${part}: w:${child.localName} is no child of w:${element.localName} (${type})`);
        else if (sequence.ordered && position < last)
          problems.push(`${part}: w:${child.localName} comes after w:${lastName} in w:${element.localName} (${type})`);
        else if (sequence.ordered) {
          last = position;
          lastName = child.localName;
        }
      }
      visit(child);
    }
  };
  visit(document.documentElement as unknown as Element);
  return problems;
}

const FRONT = '---\ntitle: 2027年工作计划\nissuer: 樊城区科学技术局\ndocNumber: 樊科发〔2027〕1号\ndate: 2027-01-05\n---\n\n';
const EVERY_CONSTRUCT = [
  '一、目标',
  '',
  '| 项目 | 时间 |',
  '| :-- | --: |',
  '| 调研 | 3月 |',
  '',
  '（一）**加强领导。**详见[网站](https://www.gov.cn)与`代码`，*强调*、~~删除~~。  ',
  '换行之后。',
  '',
  '- 第一项',
  '- 第二项',
  '',
  '> 引用的文字',
  '',
  '```',
  '原样 <保留>',
  '```',
  '',
  '## 附件1：分工表',
  '',
  '附件正文。',
].join('\n');

const PLANS: Record<string, string> = {
  example: readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'),
  // Parts (篇), tables; given the 发文字号 the official template needs.
  compilation: readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划汇编.md'), 'utf8').replace(/^---\n/, '---\ndocNumber: 樊科发〔2027〕2号\n'),
  seed: FRONT + linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt')),
  'every construct': FRONT + EVERY_CONSTRUCT,
  // Long enough for a blank page before the 版记's: a second section with footers of its own.
  'blank page before the 版记': `${FRONT_MATTER.replace(/^---\n/, '---\ntitle: 关于加强科技工作的计划\n')}\n# 关于加强科技工作的计划\n\n一、总体要求\n\n${Array(37).fill(PARAGRAPH).join('\n\n')}\n`,
};

describe('the .docx against the order of WordprocessingML', () => {
  it.each(['plan', 'official'])('every part of every document (%s template) has its children where the schema puts them', async (name) => {
    const template = await loadTemplate(name, { cwd: process.cwd() });
    let checked = 0;
    for (const [label, plan] of Object.entries(PLANS)) {
      const bytes = Buffer.from(await renderDocx(buildViewModel(parsePlan(plan).document, template), template));
      const names = [...(await readZip(bytes, 'x.docx', [])).sizes.keys()].filter((part) => part.endsWith('.xml'));
      const { entries } = await readZip(bytes, 'x.docx', names);
      for (const [part, data] of entries) {
        expect(problemsIn(data.toString('utf8'), `${label}: ${part}`)).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('finds an element out of order, and one that has no place', () => {
    const wrapped = (body: string): string => `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
    expect(problemsIn(wrapped('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="579"/></w:pPr></w:p>'), 'x')).toEqual([
      'x: w:spacing comes after w:jc in w:pPr (CT_PPr)',
    ]);
    // Run properties are a repeated choice: any order, but only run properties.
    expect(problemsIn(wrapped('<w:p><w:r><w:rPr><w:sz w:val="32"/><w:rFonts w:eastAsia="仿宋"/></w:rPr></w:r></w:p>'), 'x')).toEqual([]);
    expect(problemsIn(wrapped('<w:p><w:r><w:rPr><w:jc w:val="center"/></w:rPr></w:r></w:p>'), 'x')).toEqual(['x: w:jc is no child of w:rPr (CT_RPr)']);
    expect(problemsIn(wrapped('<w:sectPr><w:pgMar w:top="2098"/><w:pgSz w:w="11906"/></w:sectPr>'), 'x')).toEqual([
      'x: w:pgSz comes after w:pgMar in w:sectPr (CT_SectPr)',
    ]);
    expect(problemsIn(wrapped('<w:p><w:pPr><w:sz w:val="32"/></w:pPr></w:p>'), 'x')).toEqual(['x: w:sz is no child of w:pPr (CT_PPr)']);
    expect(problemsIn(wrapped('<w:sectPr/><w:p/>'), 'x')).toEqual(['x: w:p comes after w:sectPr in w:body (CT_Body)']);
  });
});
