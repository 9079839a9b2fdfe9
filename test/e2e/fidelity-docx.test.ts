import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { corpusPath, EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools, inCI } from '../helpers/tools.js';
import { docxText, missingCharacters, PUNCTUATION, characterCounts } from './fidelity/characters.js';
import { headingLinesAtTop, pagesEndingWithHeading, standaloneHeadings } from './fidelity/headings.js';
import { horizontalRules, inkBands, pageImage } from './fidelity/page-image.js';
import { findLine, footerOf, MM_PER_PT, PAGE, printedText, readLayout, type Page } from './fidelity/pdf-layout.js';

/**
 * What a clerk prints from our .docx through LibreOffice (`plan build
 * --format pdf`, our default PDF engine), measured on the pages against
 * GB/T 9704-2012 with about the ±1 mm the standard allows: every character
 * of the document printed, the 版头's mark and red rule, the 署名 and date,
 * the 版记's page, rules and indents, wide tables, page numbers.
 */

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const FIXTURES = join(PROJECT_DIR, 'test/fixtures/fidelity');
const ARTIFACTS = join(PROJECT_DIR, 'test/artifacts/fidelity-docx');
const BODY_CHARACTER_MM = 16 * MM_PER_PT;
const IMPRINT_CHARACTER_MM = 14 * MM_PER_PT;
const TOLERANCE_MM = 1;

const OFFICIAL_FRONT_MATTER = `---
title: 国务院关于2022年政府工作的报告
issuer: 国务院
docNumber: 国发〔2022〕1号
date: 2022-03-05
signature: 国务院
recipients: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构
cc:
  - 党中央各部门，中央军委办公厅，各人民团体，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院
printer: 国务院办公厅
printDate: 2022-03-05
---

`;

let work: string;
const pdfs: Record<string, { pdf: string; docx: string; pages: Page[]; headings: string[] }> = {};

function run(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PLAN, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds `name.md` to .docx and, through plan's own LibreOffice conversion, to PDF. */
async function print(name: string, markdown: string, extra: readonly string[] = []): Promise<void> {
  writeFileSync(join(work, `${name}.md`), markdown);
  const built = run(['build', `${name}.md`, '--format', 'docx,pdf', '--pdf-engine', 'libreoffice', '--force', ...extra]);
  if (built.status !== 0) throw new Error(`plan build ${name}: ${built.stderr}`);
  const pdf = join(work, `${name}.pdf`);
  spawnSync('cp', [pdf, join(ARTIFACTS, `${name}.pdf`)]);
  const template = extra.includes('--template') ? (extra[extra.indexOf('--template') + 1] as string) : 'plan';
  pdfs[name] = { pdf, docx: join(work, `${name}.docx`), pages: readLayout(pdf), headings: await standaloneHeadings(markdown, template) };
}

/** The pages to look at, as PNG beside the PDFs (pdftoppm -r 80). */
function snapshot(name: string, page: number): void {
  spawnSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdfs[name]!.pdf, join(ARTIFACTS, `${name}-page-${page}`)]);
}

/** The bundled examples the gallery shows besides 2027-科技工作计划. */
const GALLERY_EXAMPLES = ['2027-办公室工作要点-自动编号', '2027-科技工作计划汇编'];
const REPORT = readFileSync(join(FIXTURES, '2022年政府工作报告.md'), 'utf8');
/** 24 paragraphs fill page 4 to its foot: the 署名 and date do not fit under the last one (see estimate-layout.test.ts). */
const CLOSING_CARRIED = `---
issuer: 樊城区科学技术局
docNumber: 樊科发〔2027〕1号
date: 2027-01-05
signature: 樊城区科学技术局
recipients: 各街道办事处、区直有关单位
cc: [区委办公室, 区政府办公室]
printer: 樊城区科学技术局办公室
printDate: 2027-01-05
---

# 关于加强科技工作的计划

一、总体要求

${Array.from({ length: 24 }, (_, index) => `第${index + 1}段：各单位要按照本计划的部署，结合实际制定具体的实施方案，明确责任分工和完成时限，确保各项工作任务落到实处。`).join('\n\n')}
`;
const NOTICE = readFileSync(join(PROJECT_DIR, 'test/fixtures/render/notice-with-attachment.md'), 'utf8');
const WIDE_HEADER = ['序号', '单位', '申请数', '办结数', '公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];
const WIDE_TABLE = `---\ntitle: 2027年政府信息公开工作年度报告\n---\n\n一、收到和处理政府信息公开申请情况\n\n| ${WIDE_HEADER.join(' | ')} |\n| ${WIDE_HEADER.map(() => '--').join(' | ')} |\n| 1 | 本年新收政府信息公开申请数量，含通过互联网、信函、当面等各种渠道提出并已登记的申请，以及上年结转的申请 | 120 | 118 | 60 | 20 | 10 | 15 | 8 | 5 |\n| 2 | 科技局 | 3 | 3 | 1 | 1 | 0 | 1 | 0 | 0 |\n`;

describeWithTools(['soffice', 'pdftotext', 'pdftoppm', 'pdffonts', 'unzip', 'fc-list'], 'fidelity of the .docx printed by LibreOffice (GB/T 9704-2012)', () => {
  beforeAll(async () => {
    spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_DIR, stdio: 'ignore' });
    mkdirSync(ARTIFACTS, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'plan-fidelity-docx-'));
    await print('report', REPORT);
    await print('report-official', OFFICIAL_FRONT_MATTER + REPORT.replace(/^各位代表：\n+/, ''), ['--template', 'official']);
    await print('example', readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'));
    await print('example-official', readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'), ['--template', 'official']);
    await print('wide-table', WIDE_TABLE);
    await print('closing-carried', CLOSING_CARRIED, ['--template', 'official']);
    await print('notice-official', NOTICE, ['--template', 'official']);
    // The other documents of the gallery (docs/gallery).
    for (const example of GALLERY_EXAMPLES) await print(example, readFileSync(join(EXAMPLES_DIR, `${example}.md`), 'utf8'));
    const report = pdfs['report-official']!;
    for (const page of [1, Math.ceil(report.pages.length / 2), report.pages.length - 1, report.pages.length]) snapshot('report-official', page);
  }, 900_000);

  for (const name of ['report', 'report-official', 'example', 'example-official', ...GALLERY_EXAMPLES]) {
    it(`${name}: no page ends with a heading, which is kept with the line it heads`, () => {
      const { pages, headings } = pdfs[name]!;
      expect(headings.length).toBeGreaterThanOrEqual(3);
      expect(pagesEndingWithHeading(pages, headings, PAGE.bottomEdgeMm)).toEqual([]);
    });
  }

  for (const name of ['report', 'report-official', 'example', 'example-official', 'wide-table']) {
    it(`${name}: every character of the document is printed, every punctuation mark as often as written`, () => {
      const { docx, pages } = pdfs[name]!;
      const expected = docxText(docx);
      const printed = printedText(pages);
      expect(missingCharacters(expected, printed)).toEqual([]);
      const written = characterCounts(expected);
      const drawn = characterCounts(printed);
      for (const [char, count] of written) if (PUNCTUATION.test(char)) expect(drawn.get(char) ?? 0, `${name}: ${char}`).toBe(count);
    });
  }

  it('the long report prints 30 pages or more, its full pages 22 lines on the grid, numbered — N — on the outer side', () => {
    const { pages } = pdfs['report']!;
    expect(pages.length).toBeGreaterThanOrEqual(30);
    const pitch = (579 / 20) * MM_PER_PT;
    let full = 0;
    pages.forEach((page, index) => {
      const footer = footerOf(page);
      expect(footer?.text.replace(/\s/g, ''), `page ${page.number}`).toBe(`—${page.number}—`);
      const oneCharacter = 14 * MM_PER_PT;
      if (page.number % 2 === 1) expect(Math.abs(PAGE.rightEdgeMm - oneCharacter - footer!.right)).toBeLessThan(TOLERANCE_MM);
      else expect(Math.abs(PAGE.leftMm + oneCharacter - footer!.left)).toBeLessThan(TOLERANCE_MM);
      const lines = page.lines.filter((line) => line.top < PAGE.bottomEdgeMm);
      if (index === 0 || index === pages.length - 1) return;
      full += 1;
      // A heading kept with its next line starts the next page, and this page is that many lines short.
      const handedOn = headingLinesAtTop(pages[index + 1]!, pdfs['report']!.headings, PAGE.bottomEdgeMm);
      if (lines.length < 22) expect(22 - lines.length, `page ${page.number}: ${lines.length} lines`).toBeLessThanOrEqual(handedOn);
      else expect(lines.length, `page ${page.number}`).toBe(22);
      for (const [at, line] of lines.entries())
        expect(Math.abs(line.top - (lines[0]!.top + at * pitch)), `page ${page.number} line ${at + 1}`).toBeLessThan(0.35);
    });
    expect(full).toBeGreaterThanOrEqual(28);
  });

  it('the long report: full lines of Chinese hold 28 characters, no number or Latin word broken at a line end', () => {
    const { pages } = pdfs['report']!;
    const body = pages.flatMap((page) => page.lines.filter((line) => line.top < PAGE.bottomEdgeMm));
    let full = 0;
    let of28 = 0;
    body.forEach((line, index) => {
      const next = body[index + 1];
      if (next && /[0-9A-Za-z.%]$/.test(line.text) && /^[0-9A-Za-z.%]/.test(next.text)) expect.fail(`broken inside a word: ${line.text} | ${next.text}`);
      if (line.right < PAGE.rightEdgeMm - 1.5 || /[\x21-\x7e]/.test(line.text) || !next || next.left > PAGE.leftMm + 5) return;
      const count = [...line.text].length + Math.round((line.left - PAGE.leftMm) / BODY_CHARACTER_MM);
      full += 1;
      if (count === 28) of28 += 1;
      // A line gives up a character to keep a closing mark with it (kinsoku), or more to keep a number,
      // a Latin word, or an opening bracket with one, whole on the next line: never more than 28.
      expect(count, line.text).toBeLessThanOrEqual(28);
      if (!/^.{0,2}[“‘（《]?[0-9A-Za-z]/.test(next.text)) expect(count, `${line.text} | ${next.text}`).toBeGreaterThanOrEqual(26);
    });
    expect(full).toBeGreaterThan(300);
    expect(of28 / full).toBeGreaterThan(0.9);
  });

  it('版头: the red 发文机关标志 starts 72 mm from the paper top, the red rule 4 mm under the 发文字号 across 156 mm', () => {
    const { pdf, pages } = pdfs['report-official']!;
    const image = pageImage(pdf, 1);
    const [mark] = inkBands(image, 'red');
    expect(Math.abs(mark!.top - (PAGE.topMm + 35)), `mark top ${mark!.top.toFixed(1)} mm`).toBeLessThan(TOLERANCE_MM);
    const [rule] = horizontalRules(image, 'red', 100);
    expect(Math.abs(rule!.right - rule!.left - 156), `rule ${rule!.left.toFixed(1)}–${rule!.right.toFixed(1)} mm`).toBeLessThan(TOLERANCE_MM);
    const number = findLine(pages, (text) => text.includes('国发〔2022〕1号'))!;
    const ink = inkBands(image, 'dark').find((band) => band.top > number.line.top - 1 && band.top < number.line.bottom)!;
    expect(Math.abs(rule!.top - ink.bottom - 4), `rule ${(rule!.top - ink.bottom).toFixed(1)} mm under the number`).toBeLessThan(TOLERANCE_MM);
  });

  it('署名 and 成文日期 without a seal: a short 署名 moves left, the date two characters in, its first character two right of the 署名’s', () => {
    const { pages } = pdfs['report-official']!;
    const date = findLine(pages, (text) => text === '2022年3月5日')!;
    const signature = pages[date.page - 1]!.lines.filter((line) => line.text === '国务院' && line.bottom <= date.line.top + 1).at(-1)!;
    expect(Math.abs(date.line.left - signature.left - 2 * BODY_CHARACTER_MM), `${(date.line.left - signature.left).toFixed(1)} mm`).toBeLessThan(TOLERANCE_MM);
    // Two characters in from the right with Times New Roman's digits; LibreOffice's substitute prints
    // them wider (docs/docx-printing.md), so the date reaches further right, but stays in the type area.
    expect(date.line.right).toBeLessThanOrEqual(PAGE.rightEdgeMm + 0.2);
    expect(PAGE.rightEdgeMm - date.line.right).toBeLessThan(2 * BODY_CHARACTER_MM + TOLERANCE_MM);
  });

  it('署名 longer than the date: the 署名 two characters in, the date starting two characters right of it', () => {
    const { pages } = pdfs['example-official']!;
    const date = findLine(pages, (text) => text === '2027年1月5日')!;
    const signature = pages[date.page - 1]!.lines.filter((line) => line.text === '樊城区科学技术局' && line.bottom <= date.line.top + 1).at(-1)!;
    expect(Math.abs(PAGE.rightEdgeMm - signature.right - 2 * BODY_CHARACTER_MM)).toBeLessThan(TOLERANCE_MM);
    expect(Math.abs(date.line.left - signature.left - 2 * BODY_CHARACTER_MM)).toBeLessThan(TOLERANCE_MM);
  });

  for (const [name, signature, lastParagraph] of [
    ['closing-carried', '樊城区科学技术局', '第24段'],
    ['notice-official', '上海市崇明区人民政府办公室', '已经区政府同意'],
  ] as const) {
    it(`${name}: the 署名 is not alone on its page; the body's last paragraph goes over with it whole`, () => {
      const { pages } = pdfs[name]!;
      const signed = findLine(pages, (text) => text === signature)!;
      const page = pages[signed.page - 1]!;
      const above = page.lines.filter((line) => line.bottom <= signed.line.top + 0.5);
      // The paragraph's first line is on this page, not at the foot of the one before.
      const first = above.findIndex((line) => line.text.includes(lastParagraph));
      expect(first, above.map((line) => line.text).join(' | ')).toBeGreaterThanOrEqual(0);
      expect(pages[signed.page - 2]?.lines.some((line) => line.text.includes(lastParagraph)) ?? false).toBe(false);
    });
  }

  for (const name of ['report-official', 'example-official', 'closing-carried']) {
    it(`${name}: the 版记 ends on the last line of the last page, an even one; its rules span the type area, 0.35/0.25 mm`, () => {
      const { pdf, pages } = pdfs[name]!;
      const last = pages[pages.length - 1]!;
      expect(last.number % 2).toBe(0);
      const printed = last.lines.find((line) => line.text.includes('印发'))!;
      const copied = last.lines.find((line) => line.text.startsWith('抄送'))!;
      expect(PAGE.bottomEdgeMm - printed.bottom).toBeLessThan(4);
      expect(printed.top).toBeGreaterThan(copied.top);
      // 抄送 one character in; 印发日期 one character from the right (GB/T 9704 7.4.2, 7.4.3).
      expect(Math.abs(copied.left - PAGE.leftMm - IMPRINT_CHARACTER_MM), `抄送 ${(copied.left - PAGE.leftMm).toFixed(1)} mm in`).toBeLessThan(TOLERANCE_MM);
      expect(Math.abs(PAGE.rightEdgeMm - printed.right - IMPRINT_CHARACTER_MM), `印发日期 ${(PAGE.rightEdgeMm - printed.right).toFixed(1)} mm in`).toBeLessThan(
        TOLERANCE_MM,
      );
      const rules = horizontalRules(pageImage(pdf, last.number, 300), 'dark', 140).filter((rule) => rule.top > copied.top - 12);
      expect(rules.length).toBeGreaterThanOrEqual(3);
      // The rules span the type area, 156 mm from its left edge to its right (GB/T 9704 7.4.1).
      for (const rule of rules) {
        const where = `rule ${rule.left.toFixed(1)}–${rule.right.toFixed(1)} mm`;
        expect(Math.abs(rule.right - rule.left - 156), where).toBeLessThan(TOLERANCE_MM);
        expect(Math.abs(rule.left - PAGE.leftMm), where).toBeLessThan(TOLERANCE_MM);
        expect(Math.abs(rule.right - PAGE.rightEdgeMm), where).toBeLessThan(TOLERANCE_MM);
      }
      const [first, ...rest] = rules;
      const thickness = (rule: (typeof rules)[number]): number => rule.bottom - rule.top;
      expect(thickness(first!)).toBeGreaterThan(thickness(rest[0]!));
      expect(thickness(rules.at(-1)!)).toBeGreaterThan(thickness(rest[0]!));
    });
  }

  it('the 抄送 wraps under its first name', () => {
    const { pages } = pdfs['report-official']!;
    const last = pages[pages.length - 1]!;
    const index = last.lines.findIndex((line) => line.text.startsWith('抄送'));
    const copied = last.lines[index]!;
    const next = last.lines[index + 1]!;
    expect(next.text.includes('印发')).toBe(false);
    expect(Math.abs(next.left - (copied.left + 3 * IMPRINT_CHARACTER_MM))).toBeLessThan(TOLERANCE_MM);
  });

  it('a table of ten columns with a long cell builds, fits the 156 mm type area and wraps the long cell', () => {
    const { pdf, pages } = pdfs['wide-table']!;
    const table = pages[0]!.lines.filter((line) => line.text.includes('本年新收') || line.text.includes('序号'));
    expect(table.length).toBeGreaterThan(0);
    const image = pageImage(pdf, 1);
    const rules = horizontalRules(image, 'dark', 100);
    expect(rules.length).toBeGreaterThanOrEqual(3);
    for (const rule of rules) {
      expect(rule.left).toBeGreaterThan(PAGE.leftMm - TOLERANCE_MM);
      expect(rule.right).toBeLessThan(PAGE.rightEdgeMm + TOLERANCE_MM);
    }
    // The long cell takes several lines.
    expect(pages[0]!.lines.filter((line) => line.top > rules[0]!.top && line.bottom < rules[2]!.top).length).toBeGreaterThan(2);
  });

  it('the corpus annual report with its wide tables builds without an internal error', () => {
    const source = corpusPath('govnb__政务公开年报模版.docx');
    if (!existsSync(source)) {
      if (inCI) throw new Error(`the corpus is missing: ${source}`);
      return;
    }
    spawnSync('cp', [source, join(work, 'annual-source.docx')]);
    expect(run(['import', 'annual-source.docx', '-o', 'annual.md']).status).toBe(0);
    const built = run(['build', 'annual.md', '-o', 'annual.docx']);
    expect(built.stderr).not.toMatch(/内部错误|internal error/i);
    expect(built.status).toBe(0);
  });

  it('each level prints in its own face: 仿宋, 黑体, 楷体 and 小标宋 substitutes are distinct fonts in the PDF', () => {
    const fonts = spawnSync('pdffonts', [pdfs['example-official']!.pdf], { encoding: 'utf8' }).stdout;
    const cjk = new Set([...fonts.matchAll(/^\w+\+(\S+)/gm)].map((match) => match[1] as string).filter((name) => /CJK|Kai|Song|Hei|Fang/i.test(name)));
    expect(cjk.size, fonts).toBeGreaterThanOrEqual(4);
  });
});
