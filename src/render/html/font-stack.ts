import type { FontSpec } from '../../template/manifest-types.js';

/**
 * Fonts that exist out of the box on each system, by the face a template
 * asks for. A manifest names the faces Word and WPS know (仿宋_GB2312,
 * 方正小标宋简体…); a browser on macOS or Linux rarely has them, so each
 * stack continues with the nearest face shipped by Windows, macOS and the
 * common Linux CJK packages (Noto / Source Han, AR PL, WenQuanYi), then a
 * generic family.
 */
const fallbacks = {
  fangsong: ['仿宋', 'FangSong', 'STFangsong', '华文仿宋', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'serif'],
  kai: ['楷体', 'KaiTi', 'STKaiti', '华文楷体', 'Kaiti SC', 'AR PL UKai CN', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
  hei: [
    '黑体',
    'SimHei',
    'STHeiti',
    'Heiti SC',
    'PingFang SC',
    'Microsoft YaHei',
    'Noto Sans CJK SC',
    'Source Han Sans SC',
    'WenQuanYi Micro Hei',
    'sans-serif',
  ],
  song: ['宋体', 'SimSun', 'STSong', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN', 'serif'],
  titleSong: ['华文中宋', 'STZhongsong', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', 'serif'],
} as const;

type FaceKind = keyof typeof fallbacks;

/** Which kind of face a list of names asks for, read from its first recognisable name. */
function faceKind(names: readonly string[]): FaceKind {
  for (const name of names) {
    if (/仿宋|fangsong/i.test(name)) return 'fangsong';
    if (/楷|kai/i.test(name)) return 'kai';
    if (/黑|hei|yahei|sans/i.test(name)) return 'hei';
    if (/小标宋|中宋|zhongsong|biaosong/i.test(name)) return 'titleSong';
    if (/宋|song|serif/i.test(name)) return 'song';
  }
  return 'song';
}

const genericFamilies = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/** A family name as a CSS string, or a generic family keyword as it is. */
export function cssFamilyName(name: string): string {
  if (genericFamilies.has(name)) return name;
  // `<` and `>` are escaped too: the stylesheet is inlined in a <style> element and must not be able to close it.
  return `"${name.replace(/[\\"<>\u0000-\u001f]/g, (character) => `\\${(character.codePointAt(0) ?? 0).toString(16)} `)}"`;
}

/** The name of the `@font-face` that serves only Latin characters from the manifest's Latin font. */
export function latinFaceName(latin: string): string {
  return `plan-latin ${latin}`;
}

/**
 * The CSS `font-family` of a font role. The Latin face comes first but only
 * covers Latin letters, digits and ASCII punctuation (see `latinFaceRules`),
 * so Chinese text and full-width punctuation — curly quotes included — fall
 * through to the East Asian faces, as `w:eastAsia` does in the .docx.
 */
export function fontFamily(font: FontSpec): string {
  const names: string[] = [latinFaceName(font.latin), ...font.eastAsia];
  for (const fallback of fallbacks[faceKind(font.eastAsia)]) {
    if (!names.includes(fallback)) names.push(fallback);
  }
  return names.map(cssFamilyName).join(', ');
}

/** Local faces for a Latin font name, with the metric-compatible faces found on Linux and macOS. */
const latinAlternatives: Record<string, readonly string[]> = {
  'times new roman': ['Times New Roman', 'TimesNewRomanPSMT', 'Times', 'Liberation Serif', 'Tinos', 'Nimbus Roman', 'DejaVu Serif'],
  arial: ['Arial', 'ArialMT', 'Helvetica', 'Liberation Sans', 'Arimo', 'Nimbus Sans', 'DejaVu Sans'],
};

/**
 * `@font-face` rules mapping each Latin font to local faces only (no file is
 * ever fetched), restricted to Basic Latin and Latin-1 so that it never
 * serves a Chinese character or a curly quote.
 */
export function latinFaceRules(fonts: readonly FontSpec[]): string {
  const seen = new Set<string>();
  let css = '';
  for (const font of fonts) {
    if (seen.has(font.latin)) continue;
    seen.add(font.latin);
    const locals = latinAlternatives[font.latin.toLowerCase()] ?? [font.latin];
    const sources = locals.map((name) => `local(${cssFamilyName(name)})`).join(', ');
    css += `@font-face { font-family: ${cssFamilyName(latinFaceName(font.latin))}; src: ${sources}; unicode-range: U+0020-007E, U+00A0-00FF; }\n`;
  }
  return css;
}
