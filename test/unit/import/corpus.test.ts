import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { importFile, importSource, type ImportFileResult } from '../../../src/import/import-file.js';
import { readText } from '../../../src/import/readers/read-text.js';
import { readZip } from '../../../src/import/readers/zip-guard.js';
import { matchMarker, matchPartSuffix } from '../../../src/parse/markers.js';
import { corpusPath, csvFullText, describeCorpus, describeWithFullCorpus, fullCorpusFiles, readCorpusText } from '../../helpers/corpus.js';

const signal = new AbortController().signal;

/** Levels of the lines that start with a marker, counted the plain way: the yardstick for the importer. */
function markerLines(lines: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const raw of lines) {
    const line = raw.replace(/^[\s\u3000]+/u, '').replace(/^#{1,6}\s+/u, '');
    const marker = matchMarker(line);
    const level = marker ? String(marker.level) : matchPartSuffix(line) ? 'part' : null;
    if (level) counts[level] = (counts[level] ?? 0) + 1;
  }
  return counts;
}

interface XmlNode {
  type: string;
  name?: string;
  data?: string;
  children?: XmlNode[];
}

/** The text of each body paragraph of a .docx that is not inside a table. */
async function docxBodyParagraphs(name: string): Promise<string[]> {
  const zip = await readZip(readFileSync(corpusPath(name)), name, ['word/document.xml']);
  const root = parseDocument(zip.entries.get('word/document.xml')!.toString('utf8'), { xmlMode: true }) as unknown as XmlNode;
  const text = (node: XmlNode): string => (node.type === 'text' ? (node.data ?? '') : node.name === 'w:tbl' ? '' : (node.children ?? []).map(text).join(''));
  const paragraphs: string[] = [];
  const walk = (node: XmlNode): void => {
    for (const child of node.children ?? []) {
      if (child.name === 'w:tbl') continue;
      if (child.name === 'w:p') paragraphs.push(text(child));
      else walk(child);
    }
  };
  walk(root);
  return paragraphs;
}

async function importCorpus(name: string): Promise<{ result: ImportFileResult; sourceLines: string[] }> {
  if (name.endsWith('.csv')) {
    const text = csvFullText(name);
    const result = importSource(readText(Buffer.from(text), name), text.length, { steps: {}, splitParts: false });
    return { result, sourceLines: text.split(/\r\n|\r|\n/u) };
  }
  const result = await importFile(corpusPath(name), name, { steps: {}, splitParts: false, signal });
  const sourceLines = name.endsWith('.docx') ? await docxBodyParagraphs(name) : readCorpusText(name).split(/\r\n|\r|\n/u);
  return { result, sourceLines };
}

/**
 * What each corpus file holds, by the markers at the starts of its lines,
 * and what the imported plan shows. They agree everywhere but the seed,
 * where the repaired `（七）做好` line adds one level-2 section.
 */
const EXPECTED: Record<string, { source: Record<string, number>; imported: Record<string, number>; encoding: string | null }> = {
  'govnb__政务公开年报模版.docx': { source: { '1': 6 }, imported: { '1': 6 }, encoding: null },
  'hailar__2012.txt': { source: { '1': 2, '2': 18 }, imported: { '1': 2, '2': 18 }, encoding: 'gbk' },
  'hailar__2013.txt': { source: { '1': 2, '2': 4 }, imported: { '1': 2, '2': 4 }, encoding: 'gbk' },
  'hailar__2014.txt': { source: { '1': 2, '2': 9 }, imported: { '1': 2, '2': 9 }, encoding: 'gbk' },
  'hailar__2015.txt': { source: { '1': 2, '2': 15 }, imported: { '1': 2, '2': 15 }, encoding: 'gbk' },
  'prov26__2026_北京市_政府工作报告.csv': { source: { '1': 3, '2': 10 }, imported: { '1': 3, '2': 10 }, encoding: 'utf-8' },
  'prov26__2026_浙江省_政府工作报告.csv': { source: { '1': 3, '2': 26, '3': 10 }, imported: { '1': 3, '2': 26, '3': 10 }, encoding: 'utf-8' },
  'reviona__2022年政府工作报告.txt': { source: { '1': 3, '2': 9 }, imported: { '1': 3, '2': 9 }, encoding: 'utf-8' },
  'seed__科技年度工作计划4篇.txt': { source: { part: 4, '1': 7, '2': 12, '3': 47 }, imported: { part: 4, '1': 7, '2': 13, '3': 47 }, encoding: 'utf-8' },
  'shgov__上海市崇明区人民政府办公室关于印发《崇明区水务“十四五”规划》的通知.md': {
    source: { '1': 5, '2': 14, '3': 28, '4': 40 },
    imported: { '1': 5, '2': 14, '3': 28, '4': 40 },
    encoding: 'utf-8',
  },
};

describeWithFullCorpus('the table of expected outlines', () => {
  it('covers the whole corpus', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fullCorpusFiles().sort());
  });
});

describeCorpus('every corpus file imports, and its outline matches the markers in the source', (files) => {
  it('has an expected outline for every document', () => {
    expect(files.filter((name) => !(name in EXPECTED))).toEqual([]);
  });

  it.each(files)('%s', async (name) => {
    const expected = EXPECTED[name]!;
    const { result, sourceLines } = await importCorpus(name);
    expect(markerLines(sourceLines)).toEqual(expected.source);
    expect(result.plans).toHaveLength(1);
    expect(result.plans[0]!.outline.levels).toEqual(expected.imported);
    expect(result.source.encoding?.encoding ?? null).toBe(expected.encoding);
    // Nothing garbled was introduced by decoding.
    expect(result.plans[0]!.markdown).not.toContain('\ufffd');
  });
});

describe('real documents of the corpus', () => {
  it('reads the GBK files with CRLF line ends into LF Markdown with their metadata', async () => {
    const { result } = await importCorpus('hailar__2012.txt');
    expect(readFileSync(corpusPath('hailar__2012.txt')).includes(Buffer.from('\r\n'))).toBe(true);
    expect(result.plans[0]!.markdown).not.toContain('\r');
    expect(result.plans[0]!.document.metadata.title).toBe('政府工作报告');
    expect(result.plans[0]!.markdown).toContain('## 一、过去一年工作回顾');
  });

  it('maps a scraped Markdown file’s Chinese front matter onto the plan keys', async () => {
    const { result } = await importCorpus('shgov__上海市崇明区人民政府办公室关于印发《崇明区水务“十四五”规划》的通知.md');
    expect(result.plans[0]!.document.metadata).toMatchObject({
      docNumber: '沪崇府办发〔2021〕21号',
      issuer: '上海市崇明区人民政府办公室',
      date: '2021-10-13',
    });
  });
});
