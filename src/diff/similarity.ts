/** The set of character pairs of a text, whitespace and punctuation left out. */
export function bigrams(text: string): Set<string> {
  const characters = Array.from(text.replace(/[\s\p{P}]/gu, ''));
  const out = new Set<string>();
  if (characters.length === 1) out.add(characters[0] as string);
  for (let index = 0; index + 1 < characters.length; index += 1) out.add(`${characters[index]}${characters[index + 1]}`);
  return out;
}

/** Dice coefficient of two bigram sets: 1 for the same text, 0 for nothing shared. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

export function textSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}
