import type { Point, Position } from '../plan/types.js';

/** Maps offsets in a text to line/column points and back, by binary search over line starts. */
export class Locator {
  readonly source: string;
  private readonly lineStarts: number[];

  constructor(source: string) {
    this.source = source;
    this.lineStarts = [0];
    for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (this.lineStarts[low] ?? 0) + 1, offset: clamped };
  }

  position(startOffset: number, endOffset: number): Position {
    return { start: this.point(startOffset), end: this.point(endOffset) };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.source.length;
  }

  /** Offset just past the last character of a 1-based line (before its LF). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    return next === undefined ? this.source.length : next - 1;
  }

  lineText(line: number): string {
    return this.source.slice(this.lineStart(line), this.lineEnd(line));
  }
}
