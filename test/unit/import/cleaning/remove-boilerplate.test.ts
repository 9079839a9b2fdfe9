import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../../../src/import/cleaning/remove-boilerplate.js';
import { runStep } from './run-step.js';

describe('remove-boilerplate', () => {
  it('drops navigation, tool lines, editor introductions and related-article lists', () => {
    const result = runStep(removeBoilerplate, [
      '首页 > 范文大全 > 工作计划',
      '收藏 | 打印 | 字号：大 中 小',
      '下面是小编收集整理的科技年度工作计划4篇，欢迎阅读与收藏。',
      '一、工作目标',
      '认真做好各项工作。',
      '【科技年度工作计划】相关文章：',
      '科技年度工作计划04-30',
      '年度科技工作计划02-21',
    ]);
    expect(result.texts).toEqual(['一、工作目标', '认真做好各项工作。']);
    expect(result.changes).toHaveLength(6);
  });

  it('drops a news page’s header and footer fields', () => {
    const result = runStep(removeBoilerplate, ['来源：区科技局  作者：办公室  浏览次数：128', '上一篇：2026年工作总结', '一、工作目标', '责任编辑：张三']);
    expect(result.texts).toEqual(['一、工作目标']);
  });

  it('keeps prose that merely mentions printing or an editor', () => {
    const texts = ['加强对打印设备的管理，做好收藏品登记。', '编辑部小编负责审稿工作。', '大'];
    expect(runStep(removeBoilerplate, texts).texts).toEqual(texts.slice(0, 2));
  });

  it('ends a related list at the first line of prose', () => {
    const result = runStep(removeBoilerplate, ['相关文章：', '工作计划01-02', '这是正文的第一段，讲述了今年的工作安排。']);
    expect(result.texts).toEqual(['这是正文的第一段，讲述了今年的工作安排。']);
  });
});
