import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../src/render/build-view-model.js';
import { renderHtml } from '../../../src/render/html/render-html.js';
import { loadTemplate } from '../../../src/template/load-template.js';
import { withoutTrailing } from '../../../src/template/piece-context.js';

describe('主送机关 and 抄送 typed with the mark the piece adds', () => {
  it('takes off the trailing marks only', () => {
    expect(withoutTrailing('：:', '各处室：')).toBe('各处室');
    expect(withoutTrailing('：:', '各处室: ')).toBe('各处室');
    expect(withoutTrailing('：:', '各处室')).toBe('各处室');
    expect(withoutTrailing('：:', '关于：各处室')).toBe('关于：各处室');
    expect(withoutTrailing('。.', '区委办公室。')).toBe('区委办公室');
  });

  it('prints one colon after the 主送机关 and one full stop after the 抄送 list, in both renderers', async () => {
    const template = await loadTemplate('official', { cwd: process.cwd() });
    for (const [recipients, cc] of [
      ['各处室：', '区委办公室。'],
      ['各处室', '区委办公室'],
      ['"各处室:"', '区委办公室.'],
    ]) {
      const source = `---\ntitle: 计划\nissuer: 樊城区科学技术局\ndocNumber: 樊科发〔2027〕1号\ndate: 2027-01-05\nrecipients: ${recipients}\ncc: ${cc}\nprinter: 办公室\nprintDate: 2027-01-05\n---\n\n一、目标\n\n正文。\n`;
      const view = buildViewModel(parsePlan(source).document, template);
      expect(view.recipients).toBe('各处室：');
      expect(view.imprint?.cc).toEqual(['抄送：区委办公室。']);
      const html = await renderHtml(view, template);
      expect(html).toContain('各处室：');
      expect(html).not.toMatch(/各处室[：:]{2}|各处室:：/);
      expect(html).not.toContain('区委办公室。。');
    }
  });
});
