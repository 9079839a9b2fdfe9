import { describe, expect, it } from 'vitest';
import { formatOutline } from '../../../src/outline/format-outline.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';

const text = '# 关于印发实施意见的通知\n\n一、有关要求\n\n## 附件1\n\n# 2027年科技创新实施意见\n\n## 一、总体要求\n\n（一）指导思想。坚持创新。\n\n## 附件2\n';

describe('formatOutline', () => {
  it('shows each attachment after the body: its label, its title, then its own tree indented under it', () => {
    expect(formatOutline(parsePlan(text, { file: 'a.md' }).document, 'zh')).toBe(
      [
        'a.md  关于印发实施意见的通知',
        '    3  一、有关要求',
        '    5  附件1  2027年科技创新实施意见',
        '    9    一、总体要求',
        '   11      （一）指导思想 …',
        '   13  附件2  （无标题）',
        '',
      ].join('\n'),
    );
  });

  it('says untitled in English', () => {
    expect(formatOutline(parsePlan('# 通知\n\n## 附件\n', { file: 'a.md' }).document, 'en')).toBe('a.md  通知\n    3  附件  (untitled)\n');
  });
});
