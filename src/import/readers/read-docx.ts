import { createRequire } from 'node:module';
import mammoth from 'mammoth';
import { PlanError } from '../../errors.js';
import { formatMarker } from '../../plan/format-marker.js';
import type { SectionLevel } from '../../plan/types.js';
import type { Text } from '../../i18n/text.js';
import { numberingLabels, type ParagraphNumbering } from './docx-numbering.js';
import { htmlToLines } from './html-to-lines.js';
import type { ImportSource } from './import-source.js';
import { readZip } from './zip-guard.js';

/** mammoth's document model, as far as the numbering transform touches it. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: { level: string; isOrdered: boolean } | null;
}

const require = createRequire(import.meta.url);
const documents = require('mammoth/lib/documents.js') as {
  Run: (children: unknown[], properties?: Record<string, unknown>) => MammothElement;
  Text: (value: string) => MammothElement;
};

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'] as const;
/** Levels for Word lists when numbering.xml cannot be matched: the convention's own order. */
const FALLBACK_LEVELS: SectionLevel[] = [1, 2, 3, 4, 5];

function paragraphsOf(element: MammothElement, out: MammothElement[] = []): MammothElement[] {
  if (element.type === 'paragraph') out.push(element);
  for (const child of element.children ?? []) paragraphsOf(child, out);
  return out;
}

/**
 * Word's automatic numbering is not text in the paragraph: mammoth would
 * turn it into an HTML list and the `一、` / `（一）` would be lost. The
 * labels are computed from numbering.xml and written into each paragraph
 * as plain text before mammoth renders it.
 */
function labelTransform(labels: ParagraphNumbering[], notes: Text[]): (document: MammothElement) => MammothElement {
  return (document) => {
    const paragraphs = paragraphsOf(document);
    const numbered = labels.filter((label) => label.numbered);
    const byParagraph = labels.length === paragraphs.length;
    const mammothNumbered = paragraphs.filter((paragraph) => paragraph.numbering);
    const byNumbered = !byParagraph && numbered.length === mammothNumbered.length;
    const counters: number[] = [];
    let recovered = 0;
    paragraphs.forEach((paragraph, index) => {
      let label: string | null = null;
      if (byParagraph) label = labels[index]?.label ?? null;
      else if (byNumbered && paragraph.numbering) label = numbered[mammothNumbered.indexOf(paragraph)]?.label ?? null;
      else if (paragraph.numbering?.isOrdered) {
        const level = Math.min(Number.parseInt(paragraph.numbering.level, 10) || 0, 4);
        counters[level] = (counters[level] ?? 0) + 1;
        counters.length = level + 1;
        label = formatMarker(FALLBACK_LEVELS[level] as SectionLevel, counters[level] as number, '1、').raw;
      }
      if (label === null) return;
      paragraph.numbering = null;
      paragraph.children = [documents.Run([documents.Text(label)]), ...(paragraph.children ?? [])];
      recovered += 1;
    });
    if (recovered > 0) {
      notes.push(
        byParagraph || byNumbered
          ? {
              zh: `从编号定义（numbering.xml）恢复了 ${recovered} 个 Word 自动编号`,
              en: `recovered ${recovered} Word auto-numbers from the numbering definitions (numbering.xml)`,
            }
          : {
              zh: `${recovered} 个 Word 自动编号无法与编号定义对应，已按层级补为 一、（一）1、…，请核对`,
              en: `${recovered} Word auto-numbers could not be matched to numbering.xml and were written by level as 一、（一）1、…; check them`,
            },
      );
    }
    return document;
  };
}

/** A .docx through mammoth, with the zip checked first and auto-numbering kept. */
export async function readDocx(bytes: Buffer, file: string): Promise<ImportSource> {
  const zip = await readZip(bytes, file, PARTS);
  const documentXml = zip.entries.get('word/document.xml');
  if (!documentXml) {
    throw new PlanError(
      { zh: `${file} 是 zip 文件，但不是 Word 文档（缺少 word/document.xml）`, en: `${file} is a zip file but not a Word document (no word/document.xml)` },
      { place: { file } },
    );
  }
  const labels = numberingLabels(
    documentXml.toString('utf8'),
    zip.entries.get('word/numbering.xml')?.toString('utf8'),
    zip.entries.get('word/styles.xml')?.toString('utf8'),
  );
  const notes: Text[] = [];
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      transformDocument: labelTransform(labels, notes) as (element: unknown) => unknown,
      // Pictures carry no plan text; mammoth would otherwise inline each one as base64.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return { format: 'docx', lines: htmlToLines(result.value, { tablesAreData: true }), encoding: null, notes };
}
