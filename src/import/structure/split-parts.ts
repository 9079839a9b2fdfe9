import { matchMarker, matchPartSuffix } from '../../parse/markers.js';
import type { ImportLine } from '../import-line.js';

export interface PartSlice {
  /** The part's title without its marker (`科技年度工作计划`), or null for text before the first part. */
  title: string | null;
  /** The part marker as written (`篇1`, `第一篇`). */
  marker: string | null;
  heading: ImportLine | null;
  lines: ImportLine[];
}

function partTitle(text: string): { title: string; marker: string } | null {
  const suffix = matchPartSuffix(text);
  if (suffix) return { title: suffix.title, marker: suffix.marker.raw };
  const marker = matchMarker(text);
  if (marker?.level === 'part') return { title: text.slice(marker.titleStart).trim() || text.trim(), marker: marker.raw };
  return null;
}

/** Cuts the lines at every part heading (篇) or plan title: one slice per part, plus any text before the first. */
export function splitParts(lines: readonly ImportLine[]): PartSlice[] {
  const slices: PartSlice[] = [{ title: null, marker: null, heading: null, lines: [] }];
  for (const line of lines) {
    const part = line.planTitle ? { title: line.text.trim(), marker: null } : line.kind === 'text' ? partTitle(line.text.trim()) : null;
    if (part) slices.push({ title: part.title, marker: part.marker, heading: line, lines: [] });
    else (slices[slices.length - 1] as PartSlice).lines.push(line);
  }
  return slices[0]?.lines.length === 0 ? slices.slice(1) : slices;
}
