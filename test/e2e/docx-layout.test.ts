import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { EXAMPLES_DIR, PROJECT_DIR, linesToMarkdown, readCorpusText } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';
import { headingLinesAtTop, pagesEndingWithHeading, standaloneHeadings } from './fidelity/headings.js';
import { type Line, MM_PER_PT, type Page, readLayout } from './fidelity/pdf-layout.js';

/**
 * The .docx as LibreOffice lays it out, measured in the PDF it prints:
 * GB/T 9704's 22 lines × 28 characters, the type area's place on the page,
 * page numbers on the outer side, and the fonts asked for.
 *
 * LibreOffice substitutes fonts through fontconfig. A private fonts.conf maps
 * the official font names to distinct installed families (仿宋 → Noto Serif
 * CJK, 楷体 → AR PL UKai, 黑体 → Noto Sans CJK), so the PDF's font list shows
 * which name each run asked for.
 */

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const ARTIFACTS = join(PROJECT_DIR, 'test/artifacts/docx');

/** GB/T 9704 numbers, as the template sets them. */
const TOP_MM = 37;
const LEFT_MM = 28;
const RIGHT_EDGE_MM = 210 - 26;
const BOTTOM_EDGE_MM = 297 - 35;
const PITCH_MM = (579 / 20) * MM_PER_PT;
const BODY_PT = 16;
/** pdftotext reports glyph boxes: a 16 pt glyph's top sits below the line's top by the leading above it (DESIGN.md §5). */
const GLYPH_TOP_BELOW_LINE_TOP_MM = 2.4;

const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
`;

/**
 * Pages that carry no page number (GB/T 9704 7.5): a blank page before the
 * 版记's page, and that page.
 */
function unnumberedPages(pages: readonly Page[]): Set<number> {
  const unnumbered = new Set<number>();
  const blank = (page: Page): boolean => page.lines.every((line) => line.top > BOTTOM_EDGE_MM);
  const last = pages[pages.length - 1];
  if (!last?.lines.some((line) => line.text.startsWith('抄送') || line.text.includes('印发'))) return unnumbered;
  for (let index = pages.length - 2; index >= 0 && blank(pages[index] as Page); index -= 1) unnumbered.add(index + 1);
  if (unnumbered.size > 0) unnumbered.add(last.number);
  return unnumbered;
}

/** A line of 16 pt body text (not a 22 pt heading, not 14 pt table text, not the page number). */
function isBodyLine(line: Line): boolean {
  const height = line.bottom - line.top;
  return line.top < BOTTOM_EDGE_MM && height > 6.9 && height < 7.8;
}

/** Marks that may not begin a line and may hang into the margin at its end. */
const CLOSING_PUNCTUATION = '。，、；：？！”’）》」』】';
/** Marks that may not end a line. */
const OPENING_PUNCTUATION = '“‘（《「『【';

function isFullWidth(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x1100 && !(code >= 0xff61 && code <= 0xffdc);
}

/** Characters on a line, counting a first-line indent as the two characters it stands for. */
function characterCount(line: Line): number {
  const indent = Math.round((line.left - LEFT_MM) / (BODY_PT * MM_PER_PT));
  return [...line.text].length + indent;
}

interface Built {
  name: string;
  pdf: string;
  pages: Page[];
  fonts: string;
  /** Its stand-alone headings (see standaloneHeadings). */
  headings: string[];
}

let work: string;
const built: Record<string, Built> = {};
/** The character count of every full line inside a paragraph, of every document measured. */
const fullLineCounts: number[] = [];

function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): string {
  const result = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8', env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

async function buildAndPrint(name: string, markdown: string, extra: readonly string[] = []): Promise<Built> {
  writeFileSync(join(work, `${name}.md`), markdown);
  run(process.execPath, [PLAN, 'build', `${name}.md`, ...extra], { cwd: work });
  const env = { ...process.env, FONTCONFIG_FILE: join(work, 'fonts.conf') };
  run('soffice', [`-env:UserInstallation=file://${join(work, 'libreoffice-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, `${name}.docx`], {
    cwd: work,
    env,
  });
  const pdf = join(work, `${name}.pdf`);
  copyFileSync(pdf, join(ARTIFACTS, `${name}.pdf`));
  for (const page of [1, 2]) {
    run('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(ARTIFACTS, `${name}-page-${page}`)], { cwd: work });
  }
  const template = extra.includes('--template') ? (extra[extra.indexOf('--template') + 1] as string) : 'plan';
  return { name, pdf, pages: readLayout(pdf), fonts: run('pdffonts', [pdf], { cwd: work }), headings: await standaloneHeadings(markdown, template) };
}

/**
 * Pages filled with body text from top to bottom: not the first page of a
 * part or of the document (a 22 pt title takes two grid lines), no table,
 * and followed by a page that continues the text (not the last page before a
 * part's page break).
 */
function fullBodyPages(pages: readonly Page[]): Page[] {
  return pages.filter((page, index) => {
    const next = pages[index + 1];
    if (!next) return false;
    const text = page.lines.filter((line) => line.top < BOTTOM_EDGE_MM);
    const nextStartsPart = next.lines.some((line) => line.top < BOTTOM_EDGE_MM && line.bottom - line.top > 7.8);
    return !nextStartsPart && text.length > 0 && text.every(isBodyLine);
  });
}

describeWithTools(['soffice', 'pdftotext', 'pdffonts', 'pdftoppm'], 'plan build → .docx, laid out by LibreOffice', () => {
  beforeAll(async () => {
    spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_DIR, stdio: 'ignore' });
    mkdirSync(ARTIFACTS, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'plan-docx-layout-'));
    writeFileSync(join(work, 'fonts.conf'), FONTS_CONF);
    built['example'] = await buildAndPrint('example', readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'));
    // The seed is raw web text full of check errors; the layout is what is measured here.
    built['seed'] = await buildAndPrint('seed', linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt')), ['--force']);
    // The seed's lines nearly all carry pinyin and half-width commas, so it cannot show whole lines of
    // Chinese; `plan import` gives the same text cleaned, which can.
    writeFileSync(join(work, 'seed-imported.txt'), readCorpusText('seed__科技年度工作计划4篇.txt'));
    run(process.execPath, [PLAN, 'import', 'seed-imported.txt'], { cwd: work });
    built['seed-imported'] = await buildAndPrint('seed-imported', readFileSync(join(work, 'seed-imported.md'), 'utf8'), ['--force']);
    built['official'] = await buildAndPrint('official', readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'), ['--template', 'official']);
  });

  for (const name of ['example', 'seed', 'seed-imported']) {
    it(`${name}: every full body page holds exactly 22 lines on the 28.95 pt grid, but where a heading was kept with its next line`, () => {
      const { pages: all, headings } = built[name]!;
      const pages = fullBodyPages(all);
      expect(pages.length).toBeGreaterThanOrEqual(name === 'example' ? 2 : 10);
      for (const page of pages) {
        const lines = page.lines.filter(isBodyLine);
        // A heading that would have been the page's last line starts the next page instead, with the line it heads:
        // this page is a line short (two, for a heading that wraps or a heading under a heading), on the grid all the same.
        const handedOn = headingLinesAtTop(all[page.number] as Page, headings, BOTTOM_EDGE_MM);
        if (lines.length < 22) expect(22 - lines.length, `page ${page.number}: ${lines.length} lines`).toBeLessThanOrEqual(handedOn);
        else expect(lines.length, `page ${page.number}`).toBe(22);
        lines.forEach((line, index) => {
          expect(Math.abs(line.top - (lines[0]!.top + index * PITCH_MM)), `page ${page.number} line ${index + 1}`).toBeLessThan(0.35);
        });
      }
    });

    it(`${name}: no page ends with a heading, which is kept with the line it heads`, () => {
      const { pages, headings } = built[name]!;
      expect(headings.length).toBeGreaterThanOrEqual(3);
      expect(pagesEndingWithHeading(pages, headings, BOTTOM_EDGE_MM)).toEqual([]);
    });

    it(`${name}: the type area starts 28 mm from the left and 37 mm from the top`, () => {
      for (const page of fullBodyPages(built[name]!.pages)) {
        const lines = page.lines.filter(isBodyLine);
        const left = Math.min(...lines.map((line) => line.left));
        expect(Math.abs(left - LEFT_MM), `page ${page.number} left`).toBeLessThanOrEqual(1);
        const lineTop = lines[0]!.top - GLYPH_TOP_BELOW_LINE_TOP_MM;
        expect(Math.abs(lineTop - TOP_MM), `page ${page.number} top`).toBeLessThanOrEqual(1);
      }
    });

    // The raw seed's lines carry pinyin and half-width commas, which are not 28 full-width characters;
    // its imported form (seed-imported) shows the 28-character lines instead.
    if (name !== 'seed')
      it(`${name}: full lines of Chinese text hold 28 characters, others only where Chinese line breaking demands`, () => {
        const pages = built[name]!.pages;
        const body = pages.flatMap((page) => page.lines.filter(isBodyLine));
        const counts: number[] = [];
        body.forEach((line, index) => {
          const next = body[index + 1];
          const reachesRightEdge = line.right > RIGHT_EDGE_MM - 1.5;
          if (!reachesRightEdge || ![...line.text].every(isFullWidth)) return;
          const count = characterCount(line);
          // A paragraph ends where the next line starts indented (a new paragraph) or there is none.
          const endsParagraph = !next || next.left > LEFT_MM + 5;
          if (!endsParagraph) counts.push(count);
          if (count === 28) return;
          const last = line.text.at(-1) as string;
          const nextFirst = next?.text[0] ?? '';
          // A closing mark may hang into the margin as a 29th character (the 。 that ends a paragraph, a 、 or ，).
          if (count === 29) {
            expect(CLOSING_PUNCTUATION, line.text).toContain(last);
            return;
          }
          // A line gives up a character when the next would have to start with a closing mark, when a number or
          // Latin word does not fit whole, or when a quotation mark holds on to its neighbours.
          expect(count, line.text).toBeGreaterThanOrEqual(26);
          expect(count, line.text).toBeLessThan(28);
          const reason =
            CLOSING_PUNCTUATION.includes(next?.text[1] ?? '') ||
            CLOSING_PUNCTUATION.includes(nextFirst) ||
            !isFullWidth(nextFirst) ||
            OPENING_PUNCTUATION.includes(nextFirst) ||
            /[“”‘’]/.test(line.text);
          expect(reason, `${line.text} | ${next?.text ?? ''}`).toBe(true);
        });
        expect(counts.length).toBeGreaterThanOrEqual(name === 'example' ? 10 : 100);
        process.stdout.write(`${name}: ${counts.filter((count) => count === 28).length} of ${counts.length} full lines inside paragraphs hold 28 characters\n`);
        fullLineCounts.push(...counts);
      });

    it(`${name}: page numbers read — N —, right on odd pages and left on even ones, one character in`, () => {
      const pages = built[name]!.pages;
      expect(pages.length).toBeGreaterThan(1);
      const oneCharacterMm = 14 * MM_PER_PT;
      const unnumbered = unnumberedPages(pages);
      for (const page of pages) {
        const footer = page.lines.find((line) => line.top > BOTTOM_EDGE_MM);
        if (unnumbered.has(page.number)) {
          expect(footer, `page ${page.number}`).toBeUndefined();
          continue;
        }
        expect(footer?.text.replace(/\s/g, ''), `page ${page.number}`).toBe(`—${page.number}—`);
        // The number sits 7 mm below the type area (GB/T 9704 7.5).
        expect(footer!.top).toBeGreaterThan(BOTTOM_EDGE_MM + 5);
        expect(footer!.top).toBeLessThan(BOTTOM_EDGE_MM + 9);
        if (page.number % 2 === 1) expect(Math.abs(RIGHT_EDGE_MM - oneCharacterMm - footer!.right), `page ${page.number}`).toBeLessThan(1);
        else expect(Math.abs(LEFT_MM + oneCharacterMm - footer!.left), `page ${page.number}`).toBeLessThan(1);
      }
    });
  }

  // Inside paragraphs the exceptions are rare: nearly every full line holds exactly 28. Measured over every full
  // line of the documents above together: a closing mark now moves to the next line with its neighbour instead
  // of hanging (LibreOffice did not draw a hanging mark), which a document of a dozen lines cannot average out.
  it('full lines inside paragraphs hold 28 characters, nine in ten at least', () => {
    expect(fullLineCounts.length).toBeGreaterThanOrEqual(110);
    expect(fullLineCounts.filter((count) => count === 28).length / fullLineCounts.length).toBeGreaterThan(0.9);
  });

  it('the PDF carries the substitutes of 仿宋, 楷体 and 黑体, so each level asked for its own font', () => {
    const fonts = built['example']!.fonts;
    expect(fonts).toMatch(/NotoSerifCJK/);
    expect(fonts).toMatch(/UKai/);
    expect(fonts).toMatch(/NotoSansCJK/);
    // Latin text and digits in Times New Roman, which LibreOffice replaces by the metric-compatible Liberation Serif.
    expect(fonts).toMatch(/LiberationSerif/);
  });

  it('official: the red 发文机关标志 is centred about 35 mm below the type area top, the 版记 ends at the bottom of the last page', () => {
    const pages = built['official']!.pages;
    const mark = pages[0]!.lines.find((line) => line.text.includes('樊城区科学技术局文件'));
    expect(mark).toBeDefined();
    expect(Math.abs((mark!.left + mark!.right) / 2 - (LEFT_MM + RIGHT_EDGE_MM) / 2)).toBeLessThan(2);
    expect(mark!.top - TOP_MM).toBeGreaterThan(33);
    expect(mark!.top - TOP_MM).toBeLessThan(40);
    const last = pages[pages.length - 1]!;
    const printed = last.lines.find((line) => line.text.includes('印发'));
    const copied = last.lines.find((line) => line.text.startsWith('抄送'));
    expect(copied).toBeDefined();
    expect(printed).toBeDefined();
    expect(BOTTOM_EDGE_MM - printed!.bottom).toBeLessThan(4);
    expect(printed!.top).toBeGreaterThan(copied!.top);
  });

  it('official: the 版记 lands at the foot of an even page, below the last line of text, whatever the length', () => {
    const example = readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8');
    const frontMatter = example.slice(0, example.indexOf('---', 4) + 4).replace(/^title: .*\n/m, '');
    const paragraph = '各单位要按照本计划的部署，结合实际制定具体的实施方案，明确责任分工和完成时限，确保各项工作任务落到实处、取得实效。';
    // Lengths that end the text on an even page, on an odd page, near the foot of an even page, and at the top of an odd one.
    const lengths = [20, 24, 37, 38];
    const names = lengths.map((count) => {
      const name = `imprint-${count}`;
      writeFileSync(join(work, `${name}.md`), `${frontMatter}\n# 关于加强科技工作的计划\n\n一、总体要求\n\n${Array(count).fill(paragraph).join('\n\n')}\n`);
      run(process.execPath, [PLAN, 'build', `${name}.md`, '--template', 'official'], { cwd: work });
      return name;
    });
    const env = { ...process.env, FONTCONFIG_FILE: join(work, 'fonts.conf') };
    run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'libreoffice-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...names.map((name) => `${name}.docx`),
      ],
      { cwd: work, env },
    );
    const textEnds = new Set<number>();
    let blankPages = 0;
    for (const name of names) {
      const pages = readLayout(join(work, `${name}.pdf`));
      const find = (test: (text: string) => boolean) => {
        for (const page of pages) {
          const line = page.lines.find((item) => test(item.text));
          if (line) return { page: page.number, line };
        }
        throw new Error(`${name}: line not found`);
      };
      const date = find((text) => text === '2027年1月5日');
      const imprint = find((text) => text.startsWith('抄送'));
      textEnds.add(date.page % 2);
      expect(imprint.page % 2, `${name}: 版记 on page ${imprint.page}`).toBe(0);
      expect(imprint.page, name).toBe(pages.length);
      // On the page where the text ends, or the next even one; never overlapping the text.
      expect(imprint.page - date.page, name).toBeLessThanOrEqual(2);
      if (imprint.page === date.page) expect(imprint.line.top - date.line.bottom, name).toBeGreaterThan(5);
      const printed = pages[imprint.page - 1]!.lines.find((line) => line.text.includes('印发'))!;
      expect(BOTTOM_EDGE_MM - printed.bottom, name).toBeLessThan(4);
      // GB/T 9704 7.5: a blank page before the 版记's page, and that page, carry no page number; every other page does.
      const blankBefore = imprint.page - date.page === 2;
      if (blankBefore) blankPages += 1;
      for (const page of pages) {
        const footer = page.lines.find((line) => line.top > BOTTOM_EDGE_MM);
        if (blankBefore && page.number > date.page) expect(footer, `${name}: page ${page.number}`).toBeUndefined();
        else expect(footer?.text.replace(/\s/g, ''), `${name}: page ${page.number}`).toBe(`—${page.number}—`);
      }
    }
    // The lengths did test both parities of the last page of text, and a blank page before the 版记's.
    expect([...textEnds].sort()).toEqual([0, 1]);
    expect(blankPages).toBeGreaterThan(0);
  });

  it('renders pages 1 and 2 of each document to PNG for a person to look at', () => {
    for (const name of ['example', 'seed', 'seed-imported', 'official']) {
      expect(
        readFileSync(join(ARTIFACTS, `${name}-page-1.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      expect(
        readFileSync(join(ARTIFACTS, `${name}-page-2.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
  });
});
