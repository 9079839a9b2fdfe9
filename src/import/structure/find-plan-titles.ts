import { matchMarker, matchPartSuffix } from '../../parse/markers.js';
import type { ImportLine } from '../import-line.js';
import { TITLE_WORDS } from './extract-metadata.js';

function isTitleLine(line: ImportLine): boolean {
  const text = line.text.trim();
  return (
    line.kind === 'text' &&
    [...text].length <= 40 &&
    !/[。，；！？,;!?：:]/u.test(text) &&
    TITLE_WORDS.test(text) &&
    matchMarker(text) === null &&
    matchPartSuffix(text) === null
  );
}

/**
 * Several plans pasted into one file without 篇 markers: each starts with a
 * title line (…工作计划) after which the numbering starts again at 一、.
 * Returns the indices of those title lines when there are at least two
 * plans, the later ones following a plan that already had its own 一、.
 */
export function findPlanTitles(lines: readonly ImportLine[]): number[] {
  if (lines.some((line) => line.kind === 'text' && (matchPartSuffix(line.text.trim()) || matchMarker(line.text.trim())?.level === 'part'))) return [];
  const titles: number[] = [];
  let seenTopLevel = false;
  lines.forEach((line, index) => {
    if (!isTitleLine(line)) {
      if (matchMarker(line.text.trim())?.level === 1) seenTopLevel = true;
      return;
    }
    const next = lines.slice(index + 1).find((candidate) => matchMarker(candidate.text.trim())?.level === 1);
    const restarts = next !== undefined && matchMarker(next.text.trim())?.ordinal === 1;
    if (restarts && (seenTopLevel || titles.length === 0)) {
      titles.push(index);
      seenTopLevel = false;
    }
  });
  const later = titles.filter((index) => lines.slice(0, index).some((line) => matchMarker(line.text.trim())?.level === 1));
  return later.length > 0 ? titles : [];
}
