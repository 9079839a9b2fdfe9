import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from '../../../../src/import/cleaning/join-broken-lines.js';
import { runStep } from './run-step.js';

describe('join-broken-lines', () => {
  it('drops page-number lines', () => {
    const result = runStep(joinBrokenLines, ['一、工作目标', '- 4 -', '— 12 —', '第 3 页', '认真做好工作。']);
    expect(result.texts).toEqual(['一、工作目标', '认真做好工作。']);
  });

  it('drops a running header repeated on every page, but only in a text with page numbers', () => {
    const page = (number: number): string[] => ['樊城区科技局2027年工作计划', `第${number}段正文内容。`, `- ${number} -`];
    const result = runStep(joinBrokenLines, [...page(1), ...page(2), ...page(3)]);
    expect(result.texts).toEqual(['第1段正文内容。', '第2段正文内容。', '第3段正文内容。']);
    const withoutPages = ['加强领导', '第1段。', '加强领导', '第2段。', '加强领导'];
    expect(runStep(joinBrokenLines, withoutPages).texts).toEqual(withoutPages);
  });

  it('joins lines broken at the page width by PDF extraction, but never onto a marker line', () => {
    const width = '这是一个从PDF提取出来的很长的段落文字每行固定长度'; // 25 characters
    const lines = ['一、工作目标', `${width}`, `${width}`, '到此结束。', `${width}`, `${width}`, `${width}`, '第二段结束。', `${width}`, '（一）加强领导'];
    const result = runStep(joinBrokenLines, lines);
    expect(result.texts).toEqual(['一、工作目标', `${width}${width}到此结束。`, `${width}${width}${width}第二段结束。`, width, '（一）加强领导']);
  });

  it('joins a word cut by a line break in prose (`交` / `流。`)', () => {
    const result = runStep(joinBrokenLines, [
      '3、加强创业中心文化氛围建设。适时召开一次在孵企业老总座谈会，邀请区领导参加，加强沟通交',
      '流。同时做好培训工作。',
    ]);
    expect(result.texts).toEqual(['3、加强创业中心文化氛围建设。适时召开一次在孵企业老总座谈会，邀请区领导参加，加强沟通交流。同时做好培训工作。']);
  });

  it('leaves a short heading and the next paragraph apart', () => {
    const texts = ['（九）全面抓好迎会工作，推进经济社会协调发展', '今年，自治区推动科学发展现场会将在我区召开。'];
    expect(runStep(joinBrokenLines, texts).texts).toEqual(texts);
  });
});
