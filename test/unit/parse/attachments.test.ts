import { describe, expect, it } from 'vitest';
import { matchAttachmentHeading, matchAttachmentLine } from '../../../src/parse/attachment-label.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import type { Section } from '../../../src/plan/types.js';

const notice = [
  '---',
  'title: 关于印发《2027年科技创新实施意见》的通知',
  'attachments: [2027年科技创新实施意见, 重点任务分工表]',
  '---',
  '',
  '一、有关要求',
  '',
  '请认真贯彻落实。',
  '',
  '## 附件1',
  '',
  '# 2027年科技创新实施意见',
  '',
  '为推进科技创新，制定本意见。',
  '',
  '## 一、总体要求',
  '',
  '（一）指导思想。坚持创新驱动。',
  '',
  '1. 加强领导。成立领导小组。',
  '',
  '## 二、重点任务',
  '',
  '附件2',
  '重点任务分工表',
  '',
  '| 任务 | 单位 |',
  '|---|---|',
  '| 培育 | 科技局 |',
  '',
].join('\n');

function outline(sections: readonly Section[]): string[] {
  return sections.flatMap((section) => [`${section.marker?.raw ?? ''}${section.title.text}`, ...outline(section.children).map((line) => `  ${line}`)]);
}

describe('attachments in the plan tree', () => {
  const { document, source } = parsePlan(notice);

  it("closes the body at the first label: the attachment sections are not the body's", () => {
    expect(outline(document.sections)).toEqual(['一、有关要求']);
    expect(document.title?.text).toBe('关于印发《2027年科技创新实施意见》的通知');
  });

  it('gives each attachment its label, number, title and its own tree, numbered again from 一、', () => {
    expect(document.attachments.map((attachment) => [attachment.label, attachment.number, attachment.title?.text, attachment.title?.source])).toEqual([
      ['附件1', 1, '2027年科技创新实施意见', 'heading'],
      ['附件2', 2, '重点任务分工表', 'line'],
    ]);
    const [first, second] = document.attachments;
    expect(outline(first?.sections ?? [])).toEqual(['一、总体要求', '  （一）指导思想', '    1.加强领导', '二、重点任务']);
    expect(first?.preamble).toEqual([expect.objectContaining({ type: 'paragraph' })]);
    expect(second?.sections).toEqual([]);
    expect(second?.preamble.map((block) => block.type)).toEqual(['table']);
  });

  it('keeps exact positions for the label, the title and the whole attachment', () => {
    const [first, second] = document.attachments;
    expect(first?.labelPosition?.start.line).toBe(10);
    expect(source.slice(first?.title?.position?.start.offset, first?.title?.position?.end.offset)).toBe('2027年科技创新实施意见');
    expect(first?.position?.start.line).toBe(10);
    expect(first?.position?.end.line).toBe(22);
    expect(second?.labelPosition?.start.line).toBe(24);
    expect(source.slice(second?.title?.position?.start.offset, second?.title?.position?.end.offset)).toBe('重点任务分工表');
    expect(second?.position?.end.line).toBe(29);
  });

  it('reads the title from the label line after a colon', () => {
    const { document: withColon } = parsePlan('# 通知\n\n正文。\n\n## 附件：2027年重点任务分工表\n\n一、任务\n');
    expect(withColon.attachments[0]).toMatchObject({ label: '附件', number: null, title: { text: '2027年重点任务分工表', source: 'label' } });
    expect(outline(withColon.attachments[0]?.sections ?? [])).toEqual(['一、任务']);
  });

  it('leaves an attachment without a title when the next line is a sentence or a numbered heading', () => {
    const { document: untitled } = parsePlan('# 通知\n\n## 附件\n\n一、总体要求\n\n为推进工作，制定本意见。\n');
    expect(untitled.attachments[0]?.title).toBeNull();
    expect(outline(untitled.attachments[0]?.sections ?? [])).toEqual(['一、总体要求']);
    const { document: sentence } = parsePlan('# 通知\n\n附件\n\n请各单位认真落实，按时报送。\n');
    expect(sentence.attachments[0]?.title).toBeNull();
    expect(sentence.attachments[0]?.preamble).toHaveLength(1);
  });

  it('takes neither the 附件说明 nor a heading about attachments for a label', () => {
    const { document: note } = parsePlan('# 通知\n\n正文。\n\n附件：1.重点任务分工表\n    2.考核办法\n\n## 附件管理办法\n');
    expect(note.attachments).toEqual([]);
  });

  it('numbers unmarked headings of an attachment from one again with numbering: auto', () => {
    const { document: auto } = parsePlan('---\nnumbering: auto\n---\n\n# 通知\n\n## 要求\n\n## 附件\n\n# 实施意见\n\n## 目标\n\n## 任务\n');
    expect(auto.sections.map((section) => section.marker?.raw)).toEqual(['一、']);
    expect(auto.attachments[0]?.sections.map((section) => section.marker?.raw)).toEqual(['一、', '二、']);
  });
});

describe('attachment labels', () => {
  it.each([
    ['附件', '附件', null, null],
    ['附件1', '附件1', 1, null],
    ['附件 2', '附件2', 2, null],
    ['附件１：分工表', '附件1', 1, 4],
    ['附件：实施意见', '附件', null, 3],
    ['附件二', '附件二', 2, null],
  ])('reads the heading %s', (text, label, number, titleStart) => {
    expect(matchAttachmentHeading(text)).toEqual({ label, number, titleStart });
  });

  it.each(['附件一览表', '附件管理办法', '附件 2027年任务表', '附件、说明'])('does not take the heading %s for a label', (text) => {
    expect(matchAttachmentHeading(text)).toBeNull();
  });

  it('takes a line only when it is the bare label', () => {
    expect(matchAttachmentLine('附件3')).toEqual({ label: '附件3', number: 3, titleStart: null });
    expect(matchAttachmentLine('附件：1.名称')).toBeNull();
    expect(matchAttachmentLine('附件1：名称')).toBeNull();
  });
});
