import { plainText } from '../parse/inlines.js';
import type { TableBlock } from '../plan/types.js';
import type { SectionPlace } from './extract-targets.js';
import { comparatorAround } from './comparator-words.js';
import { findQuantities, normaliseDigits, type Quantity } from './quantities.js';
import { deadlineIn, responsibleIn, subjectBefore } from './target-context.js';
import type { Target } from './target-types.js';

/** What each column of a target table holds, read from its header row. */
interface Columns {
  subject: number | null;
  values: number[];
  unit: number | null;
  responsible: number | null;
  deadline: number | null;
}

const RESPONSIBLE = /责任|牵头|承办|负责|配合/u;
const DEADLINE = /时限|时间|期限|节点|完成日期/u;
const UNIT = /^(?:计量)?单位$/u;
const VALUE = /目标|预期|计划|指标值|数值|任务量|数量|规模|金额|值$/u;
const SUBJECT = /指标|项目|名称|任务|内容|事项|工作/u;
const SKIPPED = /^(?:序号|编号|备注|说明|属性|类别|类型|完成情况|现状|基数|基期|上年|去年|20\d\d年(?:完成|实际))/u;

/**
 * The targets in a table such as 指标名称 | 2027年目标 | 责任科室 | 完成时限:
 * each body row's value cells are read like sentences, the subject taken
 * from the subject column when the cell says nothing else, the unit from a
 * 单位 column or a header's （万人） when the cell has none. Tables without
 * a recognisable header are read cell by cell.
 */
export function tableTargets(table: TableBlock, place: SectionPlace, file: string): Target[] {
  const [header, ...rows] = table.rows;
  if (!header) return [];
  const headers = header.cells.map((cell) => normaliseDigits(plainText(cell.children)).trim());
  const columns = readColumns(headers);
  const out: Target[] = [];
  for (const row of rows) {
    const cells = row.cells.map((cell) => normaliseDigits(plainText(cell.children)).trim());
    const line = row.position?.start.line ?? table.position?.start.line ?? 0;
    const rowText = cells.join(' | ');
    const subjectCell = columns.subject === null ? '' : (cells[columns.subject] ?? '');
    const responsible = columns.responsible === null ? responsibleIn(rowText) : cells[columns.responsible] || null;
    const deadline = (columns.deadline === null ? null : cells[columns.deadline] || null) ?? deadlineIn(rowText);
    for (const column of columns.values) {
      const cell = cells[column] ?? '';
      const headerUnit = unitInHeader(headers[column] ?? '');
      const unit = columns.unit === null ? headerUnit : cells[columns.unit] || headerUnit;
      const quantities = quantitiesInCell(cell, unit);
      for (const quantity of quantities) {
        const own = subjectBefore(cell, quantity.start, cell.length);
        out.push({
          file,
          line,
          section: place.section,
          sectionTitle: place.sectionTitle,
          subject: [subjectCell, own].filter((part) => part.length > 0).join(' '),
          text: rowText,
          value: quantity.value,
          unit: quantity.unit,
          comparator: quantity.comparator,
          ...(quantity.comparator === 'range' ? { low: quantity.low as number, high: quantity.high as number } : {}),
          deadline,
          responsible,
        });
      }
    }
  }
  return out;
}

function readColumns(headers: readonly string[]): Columns {
  const columns: Columns = { subject: null, values: [], unit: null, responsible: null, deadline: null };
  headers.forEach((header, index) => {
    if (SKIPPED.test(header)) return;
    if (RESPONSIBLE.test(header)) columns.responsible ??= index;
    else if (DEADLINE.test(header)) columns.deadline ??= index;
    else if (UNIT.test(header)) columns.unit ??= index;
    else if (VALUE.test(header) && !(columns.subject === null && /名称|内容|任务$/u.test(header))) columns.values.push(index);
    else if (SUBJECT.test(header) && columns.subject === null) columns.subject = index;
    else if (columns.subject === null) columns.subject = index;
    else columns.values.push(index);
  });
  return columns;
}

/** `目标（万人）` → 万人. */
function unitInHeader(header: string): string | null {
  const match = /[（(]([^（）()]{1,6})[）)]\s*$/u.exec(header);
  if (!match) return null;
  const unit = (match[1] as string).replace(/^单位[:：]/u, '');
  return unit === '％' ? '%' : unit;
}

/**
 * A value cell: `5.5%以内` reads as it is; `≥95` under a `%` unit column
 * reads as `≥95%`, `20-30` as `20-30场`; a bare number takes the column's unit even when it is not
 * one of the units a sentence would be read with.
 */
function quantitiesInCell(cell: string, unit: string | null): Quantity[] {
  const written = findQuantities(cell);
  if (written.length > 0 || unit === null) return written.length > 0 ? written : bare(cell, '');
  // After the last number, so that `20-30` under 场 reads as the range 20-30场.
  const withUnit = findQuantities(cell.replace(/(\d+(?:\.\d+)?)(?!.*\d)/u, (number) => `${number}${unit}`));
  return withUnit.length > 0 ? withUnit : bare(cell, unit);
}

function bare(cell: string, unit: string): Quantity[] {
  const match = /^(\D{0,4}?)(\d+(?:\.\d+)?)(\D{0,3})$/u.exec(cell);
  if (!match) return [];
  const comparator = comparatorAround(match[1] as string, match[3] as string);
  return [{ start: (match[1] as string).length, end: cell.length, value: Number.parseFloat(match[2] as string), unit, comparator }];
}
