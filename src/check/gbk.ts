/**
 * GBK byte tables for recognising text that was decoded from the wrong byte:
 * Node decodes GBK but cannot encode it, so the reverse table is built once,
 * on first use, from the decoder itself.
 */
let encodeTable: Map<string, number[]> | undefined;

function table(): Map<string, number[]> {
  if (encodeTable) return encodeTable;
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  encodeTable = map;
  return map;
}

/** The GBK bytes of `text`, or null when a character has none. */
export function encodeGbk(text: string): Uint8Array | null {
  const bytes: number[] = [];
  const map = table();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = map.get(char);
    if (!pair) return null;
    bytes.push(...pair);
  }
  return Uint8Array.from(bytes);
}

/**
 * Reads a run as if its bytes had been decoded one byte too early: drops the
 * first byte and decodes again. Returns what the text probably said, or null.
 */
export function repairShiftedGbk(text: string): string | null {
  const bytes = encodeGbk(text);
  if (!bytes || bytes.length < 3) return null;
  const repaired = new TextDecoder('gbk').decode(bytes.subarray(1)).replace(/\ufffd+$/, '');
  return repaired.length > 0 && !repaired.includes('\ufffd') ? repaired : null;
}
