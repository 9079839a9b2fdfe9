import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/import/import-file.js';
import { formatNumber } from '../../../../src/import/readers/docx-numbering.js';
import type { Section } from '../../../../src/plan/types.js';
import { tempFolder } from '../../../helpers/temp-folder.js';

const signal = new AbortController().signal;

function numbered(text: string, level: number): Paragraph {
  return new Paragraph({ text, numbering: { reference: 'plan', level } });
}

/** A Word plan whose 一、（一）1.（1）① are Word auto-numbers, not text, beside typed numbers and a table. */
async function writeNumberedDocx(): Promise<string> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
            { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.LEFT },
            { level: 4, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%5', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '2027年科技工作计划' }),
          numbered('工作目标', 0),
          new Paragraph({ text: '全年目标如下。' }),
          numbered('加强领导', 1),
          numbered('完善制度。制度建设是基础。', 2),
          numbered('建立例会制度', 3),
          numbered('每月一次', 4),
          numbered('每季一次', 4),
          numbered('落实责任', 2),
          numbered('狠抓落实', 1),
          numbered('主要措施', 0),
          numbered('强化考核', 1),
          new Paragraph({ text: '（三）手写的编号照样保留' }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('项目')] }), new TableCell({ children: [new Paragraph('数量')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('专利')] }), new TableCell({ children: [new Paragraph('30')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  const folder = tempFolder('plan-import-docx-');
  const file = join(folder, 'plan.docx');
  writeFileSync(file, await Packer.toBuffer(document));
  return file;
}

function outline(sections: readonly Section[], depth = 0): string[] {
  return sections.flatMap((section) => [`${'  '.repeat(depth)}${section.marker?.raw}${section.title.text}`, ...outline(section.children, depth + 1)]);
}

describe('reading .docx', () => {
  it('recovers Word auto-numbering from numbering.xml and keeps typed numbers', async () => {
    const file = await writeNumberedDocx();
    const result = await importFile(file, 'plan.docx', { steps: {}, splitParts: false, signal });
    const plan = result.plans[0]!;
    expect(plan.document.metadata.title).toBe('2027年科技工作计划');
    expect(outline(plan.document.sections)).toEqual([
      '一、工作目标',
      '  （一）加强领导',
      '    1.完善制度',
      '      （1）建立例会制度',
      '        ①每月一次',
      '        ②每季一次',
      '    2.落实责任',
      '  （二）狠抓落实',
      '二、主要措施',
      '  （一）强化考核',
      '  （三）手写的编号照样保留',
    ]);
    expect(result.source.notes.map((note) => note.en)).toEqual(['recovered 10 Word auto-numbers from the numbering definitions (numbering.xml)']);
    expect(plan.markdown).toContain('| 项目 | 数量 |');
    expect(plan.markdown).toContain('| 专利 | 30 |');
  });

  it('recovers numbering a paragraph style brings (as in Chinese Word templates)', async () => {
    const document = new Document({
      numbering: {
        config: [
          {
            reference: 'plan',
            levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }],
          },
        ],
      },
      styles: { paragraphStyles: [{ id: 'PlanLevel1', name: 'Plan Level 1', basedOn: 'Normal', paragraph: { numbering: { reference: 'plan', level: 0 } } }] },
      sections: [
        {
          children: [
            new Paragraph({ text: '工作目标', style: 'PlanLevel1' }),
            new Paragraph({ text: '正文。' }),
            new Paragraph({ text: '主要措施', style: 'PlanLevel1' }),
          ],
        },
      ],
    });
    const folder = tempFolder('plan-import-docx-');
    const file = join(folder, 'styled.docx');
    writeFileSync(file, await Packer.toBuffer(document));
    const result = await importFile(file, 'styled.docx', { steps: {}, splitParts: false, signal });
    expect(result.plans[0]!.markdown).toBe('## 一、工作目标\n\n正文。\n\n## 二、主要措施\n');
  });

  it('formats Word number formats as Chinese readers expect', () => {
    expect(formatNumber(11, 'chineseCounting')).toBe('十一');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
  });
});
