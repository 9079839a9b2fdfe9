import { isCommonCharacter } from './common-characters.js';

/**
 * Characters that turn up when Chinese bytes are decoded wrongly or one byte
 * off, and almost never in a real plan: the replacement character, private
 * use, bopomofo, box drawing, kana, Hangul, half-width katakana, C1 controls.
 */
const GARBLE = /[\ufffd\ue000-\uf8ff\u3100-\u312f\u2500-\u257f\u3040-\u30ff\uac00-\ud7af\uff61-\uff9f\u0080-\u009f]/u;

/** Han by code point (the CJK blocks), not by a Unicode-property regex: this runs on every character. */
export function isHan(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

/** A character that is evidence of a wrong decoding on its own. */
export function isGarbleCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  // ASCII and the Han blocks are never garble: skip the regex for them.
  if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) return false;
  return GARBLE.test(character);
}

/** A character that would be unusual in a plan: a garble character or a rare Han character. */
export function isSuspiciousCharacter(character: string): boolean {
  return isGarbleCharacter(character) || (isHan(character) && !isCommonCharacter(character));
}

export interface TextQuality {
  han: number;
  commonHan: number;
  garble: number;
  /** Control characters other than tab and line ends. */
  controls: number;
  /** From −2 (garbage) to 1 (every Han character common, nothing garbled). */
  score: number;
}

/** How much a decoded text looks like ordinary Chinese. */
export function measureText(text: string): TextQuality {
  let han = 0;
  let commonHan = 0;
  let garble = 0;
  let controls = 0;
  for (const character of text) {
    if (isHan(character)) {
      han += 1;
      if (isCommonCharacter(character)) commonHan += 1;
    } else if (isGarbleCharacter(character)) {
      garble += 1;
    } else if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(character)) {
      controls += 1;
    }
  }
  const weighed = han + garble + controls;
  const score = weighed === 0 ? 0 : (commonHan - 2 * garble - 2 * controls) / weighed;
  return { han, commonHan, garble, controls, score };
}
