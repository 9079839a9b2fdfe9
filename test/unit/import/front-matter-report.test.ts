import { describe, expect, it } from 'vitest';
import { formatFileReport } from '../../../src/import/format-report.js';
import { importSource } from '../../../src/import/import-file.js';
import { readMarkdown } from '../../../src/import/readers/read-markdown.js';

function imported(markdown: string): ReturnType<typeof importSource> {
  const bytes = Buffer.from(markdown);
  return importSource(readMarkdown(bytes, 'old.md'), bytes.length, { steps: {}, splitParts: false });
}

const BOMB = [
  '---',
  'title: 2027年科技工作计划',
  'a: &a [x,x,x,x,x,x,x,x,x]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '---',
  '',
  '一、目标',
  '',
].join('\n');

describe('plan import of a Markdown file’s front matter', () => {
  it('reports a front matter it could not read (an alias bomb) as left for a person, not “nothing”', () => {
    const result = imported(BOMB);
    expect(result.plans[0]!.document.metadata.title).toBeUndefined();
    expect(result.review).toEqual([expect.objectContaining({ kind: 'not-imported', line: 1 })]);
    const report = formatFileReport({ file: 'old.md', outputs: ['old.plan.md'], result, error: null }, 'zh');
    expect(report).not.toContain('待人工核对：无');
    expect(report).toContain('待人工核对（1 处）');
    expect(report).toContain('整段未导入，标题等元数据请手工补上');
  });

  it('reports a front matter that is not a list of keys', () => {
    expect(imported('---\n- a\n- b\n---\n\n一、目标\n').review).toEqual([expect.objectContaining({ kind: 'not-imported' })]);
  });

  it('names the keys it left out', () => {
    const result = imported('---\ntitle: 计划\n分类: 科技\nissuer:\n---\n\n一、目标\n');
    expect(result.plans[0]!.document.metadata.title).toBe('计划');
    expect(result.review).toEqual([]);
    expect(result.source.notes.map((note) => note.en)).toEqual(['metadata keys not imported (not plan keys, or values of the wrong type): 分类, issuer']);
  });
});
