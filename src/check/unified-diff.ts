/** Lines of context around each change, as `diff -u` prints them. */
const CONTEXT = 3;
/** Past this many differing lines the middle is shown as one replaced block rather than aligned. */
const MAX_ALIGNED = 4000;

type Op = { kind: ' ' | '-' | '+'; text: string; oldLine: number; newLine: number };

/** A unified diff of two texts (LF line ends), as `--fix-dry-run` prints it. Empty when they are equal. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string): string {
  if (oldText === newText) return '';
  const a = oldText.split('\n');
  const b = newText.split('\n');
  const ops = align(a, b);
  const hunks: string[] = [];
  let index = 0;
  while (index < ops.length) {
    while (index < ops.length && (ops[index] as Op).kind === ' ') index += 1;
    if (index >= ops.length) break;
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    let lastChange = index;
    while (end < ops.length && end - lastChange <= CONTEXT * 2) {
      if ((ops[end] as Op).kind !== ' ') lastChange = end;
      end += 1;
    }
    end = Math.min(ops.length, lastChange + CONTEXT + 1);
    const slice = ops.slice(start, end);
    const first = slice[0] as Op;
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    hunks.push(`@@ -${first.oldLine},${oldCount} +${first.newLine},${newCount} @@\n${slice.map((op) => `${op.kind}${op.text}`).join('\n')}\n`);
    index = end;
  }
  return `--- ${oldName}\n+++ ${newName}\n${hunks.join('')}`;
}

function align(a: readonly string[], b: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
  const ops: Op[] = [];
  for (let index = 0; index < prefix; index += 1) ops.push({ kind: ' ', text: a[index] as string, oldLine: index + 1, newLine: index + 1 });
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  for (const op of alignMiddle(middleA, middleB)) ops.push({ ...op, oldLine: op.oldLine + prefix, newLine: op.newLine + prefix });
  for (let index = suffix; index > 0; index -= 1) {
    ops.push({ kind: ' ', text: a[a.length - index] as string, oldLine: a.length - index + 1, newLine: b.length - index + 1 });
  }
  return ops;
}

/** Longest common subsequence alignment of the differing middle. */
function alignMiddle(a: readonly string[], b: readonly string[]): Op[] {
  const ops: Op[] = [];
  if (a.length * b.length > (MAX_ALIGNED * MAX_ALIGNED) / 4 || a.length > MAX_ALIGNED || b.length > MAX_ALIGNED) {
    for (const [index, text] of a.entries()) ops.push({ kind: '-', text, oldLine: index + 1, newLine: 1 });
    for (const [index, text] of b.entries()) ops.push({ kind: '+', text, oldLine: a.length + 1, newLine: index + 1 });
    return ops;
  }
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] =
        a[i] === b[j] ? (table[(i + 1) * width + j + 1] as number) + 1 : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i] as string, oldLine: i + 1, newLine: j + 1 });
      i += 1;
      j += 1;
    } else if (i < a.length && (j >= b.length || (table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number))) {
      ops.push({ kind: '-', text: a[i] as string, oldLine: i + 1, newLine: j + 1 });
      i += 1;
    } else {
      ops.push({ kind: '+', text: b[j] as string, oldLine: i + 1, newLine: j + 1 });
      j += 1;
    }
  }
  return ops;
}
