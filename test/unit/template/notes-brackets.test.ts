import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../src/render/build-view-model.js';
import { loadTemplate } from '../../../src/template/load-template.js';
import { withoutOuterBrackets } from '../../../src/template/piece-context.js';

describe('附注 typed with its brackets', () => {
  it('takes off one pair that encloses the whole text, full- or half-width', () => {
    expect(withoutOuterBrackets('（此件公开发布）')).toBe('此件公开发布');
    expect(withoutOuterBrackets('(联系人：张三)')).toBe('联系人：张三');
    expect(withoutOuterBrackets('此件公开发布')).toBe('此件公开发布');
    // Two bracketed parts, not one enclosing pair.
    expect(withoutOuterBrackets('（一）此件公开发布（二）联系人')).toBe('（一）此件公开发布（二）联系人');
  });

  it('prints the 附注 in one pair of brackets in the view both renderers take', async () => {
    const template = await loadTemplate('plan', { cwd: process.cwd() });
    for (const notes of ['（此件公开发布）', '此件公开发布']) {
      const view = buildViewModel(parsePlan(`---\ntitle: 计划\nnotes: ${notes}\n---\n\n一、目标\n\n正文。\n`).document, template);
      expect(view.notes).toBe('（此件公开发布）');
    }
  });
});
