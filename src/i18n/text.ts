/**
 * Every user-facing message is written in both languages where it is made,
 * so that a message and its translation cannot drift apart in a catalogue.
 */
export interface Text {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function say(text: Text, lang: Lang): string {
  return text[lang];
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
