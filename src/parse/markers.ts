import type { Marker, MarkerForm, SectionLevel } from '../plan/types.js';
import { CHINESE_NUMERAL_CLASS, parseChineseNumeral, parseCircledNumeral, toHalfWidthDigits } from '../plan/chinese-numerals.js';

/** A marker recognised at the start of a text, before positions are known. */
export interface MarkerMatch extends Omit<Marker, 'position' | 'generated'> {
  /** Index in the text just past the marker and the spaces after it: where the title starts. */
  titleStart: number;
}

/** A part heading written as `标题 篇1`: the marker closes the line. */
export interface PartSuffixMatch {
  marker: Omit<Marker, 'position' | 'generated'>;
  title: string;
  /** Index of `篇` in the text. */
  markerStart: number;
}

const CN = `[${CHINESE_NUMERAL_CLASS}]+`;
const ARABIC = '[0-9]{1,3}|[０-９]{1,3}';
const SPACES = /^[ \t\u3000]*/;
const OPEN = '[（(]';
const CLOSE = '[）)]';

const PART_PREFIX = new RegExp(`^第(${CN}|${ARABIC})篇`);
const PART_BARE = new RegExp(`^篇[ \\t\\u3000]*(${ARABIC}|${CN})(?![0-9０-９])`);
const PART_SUFFIX = new RegExp(`^(.{1,60}?)[ \\t\\u3000]*篇[ \\t\\u3000]*(${ARABIC}|${CN})[ \\t\\u3000]*$`);
const CHAPTER = new RegExp(`^第(${CN}|${ARABIC})([章节])`);
const CHINESE = new RegExp(`^(${CN})([、.．，,]|[ \\t\\u3000]+)`);
const PAREN_CHINESE = new RegExp(`^(${OPEN})[ \\t\\u3000]*(${CN})[ \\t\\u3000]*(${CLOSE})([、，,.．]?)`);
const ARABIC_MARKER = new RegExp(`^(${ARABIC})([.．、，,)）])`);
const PAREN_ARABIC = new RegExp(`^(${OPEN})[ \\t\\u3000]*(${ARABIC})[ \\t\\u3000]*(${CLOSE})([、，,.．]?)`);

/**
 * `一、二等奖` and `二、三产业` start with what looks like a marker but are a
 * list of ordinals inside a phrase: the next character is another numeral
 * followed by a counter word.
 */
const ORDINAL_SERIES = new RegExp(`^[${CHINESE_NUMERAL_CLASS}]+[、，,][${CHINESE_NUMERAL_CLASS}]+[等产类级期批次线档季]`);

function ordinalOf(text: string): number | null {
  const circled = parseCircledNumeral(text);
  if (circled !== null) return circled;
  if (/^[0-9０-９]+$/.test(text)) {
    const value = Number.parseInt(toHalfWidthDigits(text), 10);
    return value > 0 ? value : null;
  }
  return parseChineseNumeral(text);
}

/** ASCII digits are half-width; full-width digits and Chinese ordinals are full-width. */
function widthOf(ordinalText: string): 'half' | 'full' {
  return /[0-9]/.test(ordinalText) ? 'half' : 'full';
}

function skipSpaces(text: string, from: number): number {
  const rest = text.slice(from);
  const spaces = SPACES.exec(rest);
  return from + (spaces ? spaces[0].length : 0);
}

function make(
  level: SectionLevel,
  form: MarkerForm,
  text: string,
  raw: string,
  ordinalText: string,
  punctuation: string,
  brackets: { open: string; close: string } | null,
): MarkerMatch | null {
  const ordinal = ordinalOf(ordinalText);
  if (ordinal === null) return null;
  return {
    level,
    form,
    ordinal,
    raw,
    ordinalText,
    brackets,
    punctuation,
    digitWidth: widthOf(ordinalText),
    titleStart: skipSpaces(text, raw.length),
  };
}

/**
 * Recognises a numbering marker at the very start of `text` (callers strip
 * leading spaces). Returns null when the text does not start with a marker,
 * including look-alikes inside sentences: `一、二等奖`, `1.2024年`, `3.5%`.
 */
export function matchMarker(text: string): MarkerMatch | null {
  const first = text[0];
  if (first === undefined) return null;

  if (first === '第') {
    const part = PART_PREFIX.exec(text);
    if (part) return make('part', 'part-ordinal', text, part[0], part[1] ?? '', '', null);
    const chapter = CHAPTER.exec(text);
    if (chapter) {
      const isChapter = chapter[2] === '章';
      return make(isChapter ? 'chapter' : 'section', isChapter ? 'chapter' : 'section', text, chapter[0], chapter[1] ?? '', '', null);
    }
    return null;
  }

  if (first === '篇') {
    const bare = PART_BARE.exec(text);
    return bare ? make('part', 'part-suffix', text, bare[0], bare[1] ?? '', '', null) : null;
  }

  if (first === '（' || first === '(') {
    const chinese = PAREN_CHINESE.exec(text);
    if (chinese) {
      return make(2, 'paren-chinese', text, chinese[0], chinese[2] ?? '', chinese[4] ?? '', {
        open: chinese[1] ?? '',
        close: chinese[3] ?? '',
      });
    }
    const arabic = PAREN_ARABIC.exec(text);
    if (arabic) {
      return make(4, 'paren-arabic', text, arabic[0], arabic[2] ?? '', arabic[4] ?? '', {
        open: arabic[1] ?? '',
        close: arabic[3] ?? '',
      });
    }
    return null;
  }

  const circled = parseCircledNumeral(first);
  if (circled !== null) {
    const punctuation = text[1] === '、' || text[1] === '.' || text[1] === '．' ? text[1] : '';
    return make(5, 'circled', text, first + punctuation, first, punctuation, null);
  }

  if (/[0-9０-９]/.test(first)) {
    const arabic = ARABIC_MARKER.exec(text);
    if (!arabic) return null;
    const punctuation = arabic[2] ?? '';
    const next = text[arabic[0].length];
    // 1.2024年, 3.5%, 1,000: a digit right after the punctuation makes it a number, not a marker.
    if (next !== undefined && /[0-9０-９]/.test(next)) return null;
    // `1）` with a full-width closing bracket and no opening one is a typo for （1）, still level 3 by its digits.
    return make(3, 'arabic', text, arabic[0], arabic[1] ?? '', punctuation, null);
  }

  if (CHINESE_NUMERAL_CLASS.includes(first)) {
    if (ORDINAL_SERIES.test(text)) return null;
    const chinese = CHINESE.exec(text);
    if (!chinese) return null;
    const separator = chinese[2] ?? '';
    const after = text[chinese[0].length];
    if (/^[ \t\u3000]+$/.test(separator)) {
      // `一 工作目标` counts only when a title follows; `十 年` inside prose does not start a line anyway.
      if (after === undefined) return null;
      return make(1, 'chinese', text, chinese[1] ?? '', chinese[1] ?? '', ' ', null);
    }
    if ((separator === '.' || separator === '．' || separator === ',' || separator === '，') && after !== undefined && /[0-9０-９]/.test(after)) {
      return null;
    }
    return make(1, 'chinese', text, chinese[0], chinese[1] ?? '', separator, null);
  }

  return null;
}

/** Recognises `科技年度工作计划 篇1`: a title closed by a part number. */
export function matchPartSuffix(text: string): PartSuffixMatch | null {
  const match = PART_SUFFIX.exec(text);
  if (!match) return null;
  const title = (match[1] ?? '').trim();
  // A sentence that happens to end in 篇N is not a heading.
  if (title.length === 0 || /[。，；！？,;!?]/.test(title)) return null;
  const ordinalText = match[2] ?? '';
  const ordinal = ordinalOf(ordinalText);
  if (ordinal === null) return null;
  const markerStart = text.lastIndexOf('篇');
  const raw = text.slice(markerStart).trimEnd();
  return {
    title,
    markerStart,
    marker: {
      level: 'part',
      form: 'part-suffix',
      ordinal,
      raw,
      ordinalText,
      brackets: null,
      punctuation: '',
      digitWidth: widthOf(ordinalText),
    },
  };
}
