import { expect, it } from 'vitest';
import { displayWidth, padToWidth } from '../../../src/i18n/display-width.js';

it('counts Chinese and full-width characters as two terminal columns', () => {
  expect(displayWidth('plan')).toBe(4);
  expect(displayWidth('已检查')).toBe(6);
  expect(displayWidth('（一）a')).toBe(7);
  expect(padToWidth('失败', 6)).toBe('失败  ');
  expect(padToWidth('skipped', 3)).toBe('skipped');
});
