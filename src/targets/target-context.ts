/**
 * Words around a quantity that a 督查督办 desk reads, outside the numbers:
 * what is measured, by when, by whom, and whether the sentence is a target
 * at all or an account of the past.
 */

/** A section about the past year (回顾, 总结, 完成情况): its numbers are results, not targets. */
const PAST_SECTION = /回顾|总结|成效|成绩|完成情况|工作情况|基本情况|取得的/u;

/** A sentence that reports what was done: 过去一年…, 去年…, 2025年…完成了. */
const PAST_SENTENCE =
  /^(?:——)?(?:过去|去年|上年|一年来|五年来|今年以来|近年来|“十[三四五]五”期间|20\d\d年(?:以来|，|全年|共|累计))|(?:已经?|累计|共)(?:完成|建成|实现|达到|新增|培训|举办|开展)|完成了|实现了|达到了|取得了|^(?:我国|全国|全省|全市|全区)(?:现)?有/u;

export function isPastSection(titles: readonly string[]): boolean {
  return titles.some((title) => PAST_SECTION.test(title));
}

export function isPastSentence(sentence: string): boolean {
  return PAST_SENTENCE.test(sentence.trim());
}

/** Words before the number that belong to the comparator or are filler, not to what is measured. */
const SUBJECT_TAIL =
  /(?:不少于|不低于|不下于|至少|超过|高于|多于|突破|大于|不超过|不高于|不多于|低于|少于|小于|控制在|压减到|压降到|压减至|压降至|大约|约|近|接近|将近|达到|达|保持在|稳定在|为|在|到|至|按|全年|今年|年均|分别)+$/u;
const SUBJECT_HEAD = /^(?:——|力争|确保|争取|努力|全年|今年|明年|年内|要|将|并|再|其中|同时|推动|推进|实现|完成|预计|拟|计划|力求)+/u;

/**
 * What is measured: the clause before the number, without the comparator's
 * words and the filler that opens a clause (力争, 确保, 全年).
 */
export function subjectBefore(text: string, start: number, end: number = start): string {
  const head = text.slice(0, start);
  const clauseStart = Math.max(...CLAUSE_MARKS.map((mark) => head.lastIndexOf(mark))) + 1;
  let subject = head
    .slice(clauseStart)
    .replace(DEADLINE_GLOBAL, '')
    .replace(/[≥≤<>＜＞=]/gu, '')
    .trim();
  for (let round = 0; round < 3; round += 1) subject = subject.replace(SUBJECT_TAIL, '').replace(SUBJECT_HEAD, '').trim();
  if (subject.length > 0) return subject;
  // 争取100个以上项目纳入…: what is counted follows the number.
  const tail = text.slice(end);
  const clauseEnd = Math.min(...CLAUSE_MARKS.map((mark) => tail.indexOf(mark)).filter((index) => index >= 0), tail.length);
  return tail
    .slice(0, clauseEnd)
    .replace(/^(?:左右|以上|以下|以内|及以上)/u, '')
    .trim();
}

const CLAUSE_MARKS = ['，', '、', '；', '：', ':', '。', ',', '（', '(', '\n'];

const DEADLINE =
  /(?:(?:20\d\d年)?\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前)|(?:20\d\d年)?(?:年底前|年末前|年底|年内|上半年|下半年|第[一二三四]季度|[一二三四]季度)(?:前)?|(?:到|至|于)20\d\d年(?:底|末)?(?:前)?|20\d\d年(?:底|末)?前)/u;

const DEADLINE_GLOBAL = new RegExp(DEADLINE.source, 'gu');

/**
 * The deadline of the quantity whose clause ends at `clauseEnd`: the last
 * one written in its sentence up to the end of its clause. A deadline
 * written after it, in another clause, belongs to something else
 * (…覆盖率达到60%；2027年9月底前建成平台).
 */
export function deadlineFor(sentence: string, clauseEnd: number): string | null {
  let found: string | null = null;
  for (const match of sentence.matchAll(DEADLINE_GLOBAL)) {
    if (match.index >= clauseEnd) break;
    found = match[0].replace(/^(?:到|至|于)/u, '');
  }
  return found ?? closingDeadline(sentence);
}

/** A sentence that closes on a bare deadline (…不少于72学时，年底前完成。) gives it to all of its numbers. */
function closingDeadline(sentence: string): string | null {
  const clauses = sentence.replace(/[（(][^（）()]*[）)]/gu, '').split(/[，,；;]/u);
  const last = (clauses.at(-1) ?? '').replace(/[。！？\s]+$/u, '');
  const match = new RegExp(`^(?:${DEADLINE.source})(?:前)?(?:完成|实现|落实|到位|办结|建成)?$`, 'u').exec(last);
  return match && clauses.length > 1 ? (deadlineIn(last) as string) : null;
}

/** The end of the clause holding offset `at`: the next ，；。 or the end of the text. */
export function clauseEndAfter(text: string, at: number): number {
  const rest = text.slice(at).search(/[，,；;。！？]/u);
  return rest < 0 ? text.length : at + rest;
}

/** 6月底前, 年底前, 2027年底前, 到2027年 — the first such phrase written, or null. */
export function deadlineIn(text: string): string | null {
  const match = DEADLINE.exec(text);
  if (!match) return null;
  return match[0].replace(/^(?:到|至|于)/u, '');
}

const RESPONSIBLE_LABEL = /(?:牵头单位|责任单位|责任部门|责任科室|牵头部门|牵头科室|负责单位|承办单位|责任处室|牵头处室)\s*[:：]\s*([^）)。；;\n]+)/u;
const RESPONSIBLE_PAREN = /[（(]([^（）()：:]{2,30}?)(?:牵头|负责)[^（）()]{0,6}[）)]/u;

/** 牵头单位：X or （X负责） in a paragraph, or null. */
export function responsibleIn(text: string): string | null {
  const labelled = RESPONSIBLE_LABEL.exec(text);
  if (labelled) return (labelled[1] as string).trim();
  const paren = RESPONSIBLE_PAREN.exec(text);
  return paren ? (paren[1] as string).trim() : null;
}
