import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/parse/parse-plan.js';

describe('front matter', () => {
  it('reads known keys into metadata, lists normalised', () => {
    const { document, messages } = parsePlan(
      '---\ntitle: 2027年工作计划\nissuer: 樊城区科学技术局\ndocNumber: 樊科发〔2027〕1号\ndate: 2027-01-05\nrecipients: 各街道办事处\ncc: [区委办公室, 区政府办公室]\ncopyNumber: 000012\nurgency: 加急\n---\n\n一、目标\n',
    );
    expect(messages).toEqual([]);
    expect(document.metadata).toEqual({
      title: '2027年工作计划',
      issuer: '樊城区科学技术局',
      docNumber: '樊科发〔2027〕1号',
      date: '2027-01-05',
      recipients: ['各街道办事处'],
      cc: ['区委办公室', '区政府办公室'],
      copyNumber: '000012',
      urgency: '加急',
    });
    expect(document.title).toMatchObject({ text: '2027年工作计划', source: 'front-matter', position: { start: { line: 2 } } });
    expect(document.frontMatter?.keyPositions['date']?.start).toEqual({ line: 5, column: 1, offset: 61 });
  });

  it('warns about an unknown key at its line', () => {
    const { messages } = parsePlan('---\ntitle: 计划\nauthr: 张三\n---\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id: 'front-matter/unknown-key', severity: 'warning', position: { start: { line: 3, column: 1 } } });
    expect(messages[0]?.text.zh).toContain('未知的键“authr”');
  });

  it('rejects a value of the wrong type at its line and leaves it out of the metadata', () => {
    const { document, messages } = parsePlan('---\ntitle: 计划\ndate: 明年一月\nurgency: 很急\nrecipients: 3\n---\n');
    expect(messages.map((message) => [message.id, message.severity, message.position?.start.line])).toEqual([
      ['front-matter/type', 'error', 3],
      ['front-matter/type', 'error', 4],
      ['front-matter/type', 'error', 5],
    ]);
    expect(messages[0]?.text.zh).toBe('文件头中“date”的值 "明年一月" 不正确：应为日期，如 2027-01-05 或 2027年1月5日');
    expect(messages[0]?.text.en).toContain('expected a date such as 2027-01-05');
    expect(document.metadata).toEqual({ title: '计划' });
  });

  it('rejects a date of the right form that names no day, at the value, and leaves it out of the metadata', () => {
    const { document, messages, source } = parsePlan('---\ntitle: 计划\ndate: 2027-13-45\nprintDate: 2027年2月30日\n---\n');
    expect(messages.map((message) => [message.id, message.severity, source.slice(message.position?.start.offset, message.position?.end.offset)])).toEqual([
      ['front-matter/date', 'error', '2027-13-45'],
      ['front-matter/date', 'error', '2027年2月30日'],
    ]);
    expect(messages.map((message) => message.position?.start)).toEqual([
      { line: 3, column: 7, offset: 20 },
      { line: 4, column: 12, offset: 42 },
    ]);
    expect(messages[0]?.text.zh).toBe('文件头中“date”的值 "2027-13-45" 不是有效日期（没有13月，月份应为1至12）：请写出实际的日期，如 2027-01-05');
    expect(messages[1]?.text.zh).toContain('2027年2月只有28天');
    expect(document.metadata).toEqual({ title: '计划' });
    expect(parsePlan('---\ndate: 2028-02-29\n---\n').messages).toEqual([]);
  });

  it('reports invalid YAML with the plan line it is on', () => {
    const { messages, document } = parsePlan('---\ntitle: 计划\ndate: [2027\nissuer: 某局\n---\n\n一、目标\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id: 'front-matter/yaml', severity: 'error' });
    expect(messages[0]?.position?.start.line).toBeGreaterThanOrEqual(3);
    expect(messages[0]?.position?.start.line).toBeLessThanOrEqual(5);
    expect(messages[0]?.text.zh).toMatch(/^文件头 YAML 格式有误（第 \d 行）/);
    // The plan is still read.
    expect(document.sections).toHaveLength(1);
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      '---',
      '',
    ].join('\n');
    const { messages } = parsePlan(bomb);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id: 'front-matter/aliases', severity: 'error' });
  });

  it('requires a mapping', () => {
    const { messages } = parsePlan('---\n- 一\n- 二\n---\n');
    expect(messages[0]).toMatchObject({ id: 'front-matter/type', severity: 'error' });
  });
});
