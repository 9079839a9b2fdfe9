import { iconv } from './iconv.js';

let common: Set<string> | undefined;

/**
 * Adds the characters of every lead byte × trail byte pair. Each row is
 * decoded in one call (each pair gives one BMP character, so the positions
 * line up), far faster than one call per pair; a row where that does not
 * hold (a character outside the BMP) is decoded pair by pair.
 */
function addRows(set: Set<string>, encoding: string, leads: readonly number[], trails: readonly number[]): void {
  for (const lead of leads) {
    const bytes: number[] = [];
    for (const trail of trails) bytes.push(lead, trail);
    const decoded = iconv().decode(Buffer.from(bytes), encoding);
    if (decoded.length === trails.length) {
      for (const character of decoded) if (character !== '\ufffd') set.add(character);
      continue;
    }
    for (const trail of trails) {
      const character = iconv().decode(Buffer.from([lead, trail]), encoding);
      if ([...character].length === 1 && character !== '\ufffd') set.add(character);
    }
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

const BIG5_TRAILS = [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];

/**
 * The characters an ordinary Chinese text is made of: GB2312 level 1 (the
 * 3,755 most used simplified characters, GBK rows B0–D7) and the Big5
 * 常用字 (5,401 traditional characters, A440–C67E). Both standards ordered
 * their first level by frequency, so a decoding whose Han characters fall
 * here is almost certainly the right one; a wrong one lands in rare rows.
 */
export function commonCharacters(): Set<string> {
  if (common) return common;
  const set = new Set<string>();
  addRows(set, 'gbk', range(0xb0, 0xd7), range(0xa1, 0xfe));
  addRows(set, 'big5', range(0xa4, 0xc5), BIG5_TRAILS);
  // Row C6 holds the last common characters up to C67E; the rest of the row is rare.
  addRows(set, 'big5', [0xc6], range(0x40, 0x7e));
  common = set;
  return set;
}

export function isCommonCharacter(character: string): boolean {
  return commonCharacters().has(character);
}

let scripts: { simplified: Set<string>; traditional: Set<string> } | undefined;

/** Every character of GB2312 (simplified) and of Big5 (traditional), for telling the scripts apart. */
function scriptSets(): { simplified: Set<string>; traditional: Set<string> } {
  if (scripts) return scripts;
  const simplified = new Set<string>();
  const traditional = new Set<string>();
  addRows(simplified, 'gbk', range(0xb0, 0xf7), range(0xa1, 0xfe));
  addRows(traditional, 'big5', range(0xa4, 0xf9), BIG5_TRAILS);
  scripts = { simplified, traditional };
  return scripts;
}

/**
 * Which script a text is written in, by the characters only one of the two
 * standards has (計 is Big5 only, 计 GB2312 only); shared ones do not count.
 */
export function dominantScript(text: string): 'simplified' | 'traditional' | 'unknown' {
  const { simplified, traditional } = scriptSets();
  let simplifiedOnly = 0;
  let traditionalOnly = 0;
  for (const character of text) {
    const inSimplified = simplified.has(character);
    const inTraditional = traditional.has(character);
    if (inSimplified && !inTraditional) simplifiedOnly += 1;
    else if (inTraditional && !inSimplified) traditionalOnly += 1;
  }
  if (simplifiedOnly + traditionalOnly < 5) return 'unknown';
  if (traditionalOnly > simplifiedOnly * 3) return 'traditional';
  if (simplifiedOnly > traditionalOnly * 3) return 'simplified';
  return 'unknown';
}
