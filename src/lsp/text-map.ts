import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import { Locator } from '../parse/locator.js';
import type { Position } from '../plan/types.js';

/**
 * Maps between offsets in the normalised source the check engine works on
 * (no BOM, LF line ends) and LSP positions in the editor's text. Both count
 * UTF-16 code units within a line, as JavaScript strings do, so a CJK
 * character is one unit and an astral one (𠀀, an emoji) two, exactly as the
 * protocol's default encoding wants. Line ends are the only difference: the
 * editor's text may use CRLF or lone CR, which the normalised source turned
 * into LF, so lines are matched by number, not by offset.
 */
export class TextMap {
  private readonly locator: Locator;
  /** A BOM the editor kept shifts the first line by one unit. */
  private readonly bom: number;

  constructor(source: string, bom: boolean) {
    this.locator = new Locator(source);
    this.bom = bom ? 1 : 0;
  }

  position(offset: number): LspPosition {
    const point = this.locator.point(offset);
    return { line: point.line - 1, character: point.column - 1 + (point.line === 1 ? this.bom : 0) };
  }

  range(start: number, end: number): LspRange {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The LSP range of a position in the plan tree (its offsets are the truth; lines and columns follow from them). */
  rangeOf(position: Position): LspRange {
    return this.range(position.start.offset, position.end.offset);
  }

  offset(position: LspPosition): number {
    const line = Math.max(0, Math.min(position.line, this.locator.lineCount - 1)) + 1;
    const start = this.locator.lineStart(line);
    const end = this.locator.lineEnd(line);
    const character = position.character - (line === 1 ? this.bom : 0);
    return Math.max(start, Math.min(start + character, end));
  }

  get lineCount(): number {
    return this.locator.lineCount;
  }

  /** The 0-based LSP line of the last line of a range that holds text (trailing blank lines left out). */
  lastTextLine(startOffset: number, endOffset: number): number {
    let line = this.locator.point(endOffset).line;
    const first = this.locator.point(startOffset).line;
    // A range that ends at the start of a line ends on the line before.
    if (line > first && this.locator.lineStart(line) === endOffset) line -= 1;
    while (line > first && this.locator.lineText(line).trim() === '') line -= 1;
    return line - 1;
  }
}
