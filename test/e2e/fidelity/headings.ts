import { parsePlan } from '../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../src/render/build-view-model.js';
import type { ViewBlock } from '../../../src/render/view-model.js';
import { loadTemplate } from '../../../src/template/load-template.js';
import { PROJECT_DIR } from '../../helpers/corpus.js';
import type { Line, Page } from './pdf-layout.js';

const compact = (text: string): string => text.replace(/\s/g, '');

/**
 * The text of every heading that stands on a line of its own (一、…, （一）…,
 * 篇, not a run-in heading, which begins its paragraph) and heads what
 * follows it: body text, a table or a deeper heading, not a heading of its
 * own level or above (a list of headings without text), nor one that starts
 * a new page, nor the end. In the body and the attachments, as the template
 * prints it: read from the document itself, not from the .docx, whose
 * paragraph properties are what is measured.
 */
export async function standaloneHeadings(markdown: string, templateName: string): Promise<string[]> {
  const template = await loadTemplate(templateName, { cwd: PROJECT_DIR });
  const view = buildViewModel(parsePlan(markdown).document, template);
  const headings: string[] = [];
  const collect = (blocks: readonly ViewBlock[]): void => {
    for (const [index, block] of blocks.entries()) {
      if (block.type !== 'heading' || block.runIn !== null) continue;
      const next = blocks[index + 1];
      if (next === undefined || (next.type === 'heading' && (next.pageBreakBefore || next.depth <= block.depth))) continue;
      const title = block.title.map((run) => (run.type === 'text' ? run.text : '')).join('');
      headings.push(compact(block.marker + title));
    }
  };
  collect(view.blocks);
  for (const attachment of view.appendices) collect(attachment.blocks);
  return headings.filter((heading) => heading.length > 0);
}

/** The line is a stand-alone heading, or the first or last line of one that wraps. */
export function isHeadingLine(line: Line, headings: readonly string[]): boolean {
  const text = compact(line.text);
  return text.length > 0 && headings.some((heading) => heading === text || (text.length >= 8 && (heading.startsWith(text) || heading.endsWith(text))));
}

/** Lines of the type area, top to bottom (no page number). */
function textLines(page: Page, bottomEdgeMm: number): Line[] {
  return page.lines.filter((line) => line.top < bottomEdgeMm);
}

/** Pages, but the last, whose last line of text is a heading: left at the foot, heading nothing. */
export function pagesEndingWithHeading(pages: readonly Page[], headings: readonly string[], bottomEdgeMm: number): Array<{ page: number; text: string }> {
  const found: Array<{ page: number; text: string }> = [];
  pages.slice(0, -1).forEach((page) => {
    const last = textLines(page, bottomEdgeMm).at(-1);
    if (last && isHeadingLine(last, headings)) found.push({ page: page.number, text: last.text });
  });
  return found;
}

/** Heading lines the page starts with: those a page before it may have handed on to keep them with their next line. */
export function headingLinesAtTop(page: Page, headings: readonly string[], bottomEdgeMm: number): number {
  let count = 0;
  // The heading read so far: a heading may wrap onto a second line.
  let heading = '';
  for (const line of textLines(page, bottomEdgeMm)) {
    const text = heading + compact(line.text);
    if (!headings.some((candidate) => candidate.startsWith(text))) break;
    count += 1;
    heading = headings.includes(text) ? '' : text;
  }
  return count;
}
