import { describe, expect, it } from 'vitest';
import { safeLinkHref } from '../../../../src/render/view/safe-link.js';

describe('safeLinkHref', () => {
  it.each([
    ['https://www.gov.cn/zhengce/', 'https://www.gov.cn/zhengce/'],
    ['http://example.com/a b', 'http://example.com/a%20b'],
    ['mailto:kjj@example.gov.cn', 'mailto:kjj@example.gov.cn'],
    ['tel:0710-1234567', 'tel:0710-1234567'],
    ['#s-2-1', '#s-2-1'],
    ['附件/任务分解表.html', '附件/任务分解表.html'],
  ])('keeps %s', (url, href) => {
    expect(safeLinkHref(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'http://[broken',
  ])('refuses %j', (url) => {
    expect(safeLinkHref(url)).toBeNull();
  });
});
