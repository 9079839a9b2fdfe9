import iconv from 'iconv-lite';

let common: Set<string> | undefined;

function addDecoded(set: Set<string>, encoding: string, lead: number, trail: number): void {
  const character = iconv.decode(Buffer.from([lead, trail]), encoding);
  if (character.length === 1 && character !== '\ufffd') set.add(character);
}

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
  for (let lead = 0xb0; lead <= 0xd7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) addDecoded(set, 'gbk', lead, trail);
  }
  for (let lead = 0xa4; lead <= 0xc6; lead += 1) {
    for (let trail = 0x40; trail <= 0x7e; trail += 1) addDecoded(set, 'big5', lead, trail);
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) addDecoded(set, 'big5', lead, trail);
  }
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
  for (let lead = 0xb0; lead <= 0xf7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) addDecoded(simplified, 'gbk', lead, trail);
  }
  for (let lead = 0xa4; lead <= 0xf9; lead += 1) {
    for (let trail = 0x40; trail <= 0x7e; trail += 1) addDecoded(traditional, 'big5', lead, trail);
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) addDecoded(traditional, 'big5', lead, trail);
  }
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
