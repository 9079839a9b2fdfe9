import { formatChineseNumeral, formatCircledNumeral } from '../plan/chinese-numerals.js';
import type { Marker } from '../plan/types.js';

const FULL_WIDTH_DIGIT_OFFSET = 0xff10 - 0x30;

function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + FULL_WIDTH_DIGIT_OFFSET));
}

/**
 * The marker as it would be written, in the same form, with another
 * ordinal: `（四）` → `（三）`, `4、` → `3、`. Messages quote it so that a
 * clerk sees the expected marker in the shape they wrote.
 */
export function markerWithOrdinal(marker: Marker, ordinal: number): string {
  if (marker.form === 'circled') return formatCircledNumeral(ordinal) + marker.punctuation;
  const chinese = !/[0-9０-９]/.test(marker.ordinalText);
  let ordinalText: string;
  if (chinese) ordinalText = formatChineseNumeral(ordinal);
  else ordinalText = marker.digitWidth === 'full' ? toFullWidthDigits(String(ordinal)) : String(ordinal);
  const index = marker.raw.indexOf(marker.ordinalText);
  if (index === -1) return marker.raw;
  return marker.raw.slice(0, index) + ordinalText + marker.raw.slice(index + marker.ordinalText.length);
}

/** How a marker is quoted in messages: as written, without trailing spaces. */
export function shownMarker(marker: Marker): string {
  return marker.raw.trim() || marker.raw;
}
