import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { renderHtml } from '../../../../src/render/html/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';

let template: LoadedTemplate;

beforeAll(async () => {
  template = await loadTemplate('plan', { cwd: process.cwd() });
});

const FRONT = '---\ntitle: 计划\nsignature: 樊城区科学技术局\ndate: 2027-01-05\n---\n\n';

async function kept(body: string, front = FRONT): Promise<string[]> {
  const html = await renderHtml(buildViewModel(parsePlan(`${front}${body}`).document, template), template);
  // The body's last paragraph, moved into one unbreakable block with the closing lines.
  return [...html.matchAll(/<div class="closing-group"><p class="paragraph">(.*?)<\/p>/gu)].map((match) => match[1] ?? '');
}

describe('the body’s last paragraph goes over with the 署名 (GB/T 9704 7.3.5)', () => {
  it('takes the last paragraph printed, however deep its section, and prints it once, before the 署名', async () => {
    expect(await kept('一、目标\n\n前文。\n\n二、措施\n\n（一）组织\n\n1.分工\n\n最后一段。\n')).toEqual(['最后一段。']);
    expect(await kept('前言一段。\n')).toEqual(['前言一段。']);
    const html = await renderHtml(buildViewModel(parsePlan(`${FRONT}一、目标\n\n最后一段。\n`).document, template), template);
    expect(html.match(/最后一段。/g)).toHaveLength(1);
    expect(html.indexOf('最后一段。')).toBeLessThan(html.indexOf('class="signature"'));
    expect(html.indexOf('最后一段。')).toBeGreaterThan(html.indexOf('一、'));
  });

  it('takes nothing after a table or a heading, or without closing lines', async () => {
    expect(await kept('一、目标\n\n| 任务 | 时限 |\n|---|---|\n| 甲 | 6月 |\n')).toEqual([]);
    expect(await kept('一、目标\n\n正文。\n\n二、措施\n')).toEqual([]);
    expect(await kept('一、目标\n\n正文。\n', '---\ntitle: 计划\n---\n\n')).toEqual([]);
  });
});
