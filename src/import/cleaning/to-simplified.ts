import { createRequire } from 'node:module';
import type { CleaningStep } from './cleaning-step.js';
import { mapTexts } from './cleaning-step.js';

let converter: ((text: string) => string) | undefined;

/** Loaded on first use: its dictionaries take a moment, and most imports never convert. */
function loadConverter(): (text: string) => string {
  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js') as typeof import('opencc-js');
  return OpenCC.Converter({ from: 'twp', to: 'cn' });
}

/** Taiwan phrases to mainland ones (`twp` → `cn`): phrase-aware, so 計劃 becomes 计划 and 軟體 软件. */
export function toSimplifiedText(text: string): string {
  converter ??= loadConverter();
  return converter(text);
}

export const toSimplified: CleaningStep = {
  id: 'to-simplified',
  title: { zh: '繁体转简体（OpenCC，台湾用语转大陆用语）', en: 'traditional to simplified characters (OpenCC, Taiwan to mainland phrasing)' },
  enabledByDefault: false,
  run(lines, context) {
    return mapTexts(lines, this.id, context, (text) => {
      const converted = toSimplifiedText(text);
      let count = 0;
      const before = [...text];
      const after = [...converted];
      if (before.length === after.length) count = before.filter((character, index) => character !== after[index]).length;
      else count = converted === text ? 0 : 1;
      return { text: converted, count };
    });
  },
};
