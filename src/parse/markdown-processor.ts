import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Every GFM construct needs a character that CommonMark text can do
 * without: a table a `|`, or a delimiter row with a colon beside a hyphen
 * (`:-:` makes a one-column table); a footnote or task list item a `[`;
 * strikethrough a `~` (a lone one still changes how `*` around it pairs up);
 * a literal autolink `www.`, `http://`, `https://` or an `@` (`mailto:` and
 * `xmpp:` links hold one too). A plan with none of them parses to the same
 * tree without GFM, and GFM's tokenizers, which look at every line and
 * letter, cost about a third of the parse. The unit tests hold the two
 * parsers to the same trees over the corpus and thousands of random texts.
 */
const GFM_TRIGGER = /[|[@~]|:-|-:|www\.|https?:\/\//i;

export function mayUseGfm(text: string): boolean {
  return GFM_TRIGGER.test(text);
}

const processors = new Map<boolean, Processor<Root>>();

/**
 * remark-cjk-friendly lets `**` close after Chinese punctuation
 * (`**（一）加强领导。**各部门…`), which CommonMark's flanking rules refuse.
 * Its parse-only entry spares loading a Markdown serializer we never use.
 * Chinese plans write ranges with a half-width tilde (3~5个, 8~10个), so
 * only `~~` strikes through, never a single `~`.
 */
export function markdownProcessor(gfm: boolean): Processor<Root> {
  let processor = processors.get(gfm);
  if (!processor) {
    const base = unified().use(remarkParse);
    processor = (gfm ? base.use(remarkGfm, { singleTilde: false }) : base)
      .use(remarkCjkFriendly)
      .use(remarkFrontmatter, ['yaml'])
      .freeze() as unknown as Processor<Root>;
    processors.set(gfm, processor);
  }
  return processor;
}

/** The mdast tree of a plan's Markdown, with GFM when the text could use it. */
export function parseMarkdown(text: string): Root {
  return markdownProcessor(mayUseGfm(text)).parse(text);
}
