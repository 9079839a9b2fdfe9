import { describe, expect, it } from 'vitest';
import { NOTICE_WITH_ATTACHMENTS, positionsInOrder, PRINTED_ORDER } from '../attachment-order.js';
import { renderArticle } from './render-plan.js';

/** The text of an HTML fragment, tags removed, entities as written. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

describe('attachments in the HTML', () => {
  it('come after the 附件说明, 署名 and 成文日期 and before the 版记, in both templates', async () => {
    for (const template of ['official', 'plan']) {
      const article = await renderArticle(NOTICE_WITH_ATTACHMENTS, template);
      const text = textOf(article);
      const pieces = template === 'official' ? PRINTED_ORDER : PRINTED_ORDER.filter((piece) => piece !== '区委办公室');
      expect(positionsInOrder(text.slice(text.indexOf('请认真贯彻落实')), pieces), template).not.toContain(-1);
    }
  });

  it('start each on a new page as a section of its own, label first, title as a heading, sections numbered on their own', async () => {
    const article = await renderArticle(NOTICE_WITH_ATTACHMENTS, 'official');
    const attachments = [
      ...article.matchAll(
        /<section class="attachment new-page" id="(a-\d)"[^>]*>\n<p class="attachment-label" id="a-\d-label">(附件\d)<\/p>\n(?:<h2 class="attachment-title">(.*?)<\/h2>)?/g,
      ),
    ];
    expect(attachments.map((match) => [match[1], match[2], match[3] && textOf(match[3])])).toEqual([
      ['a-1', '附件1', '2027年科技创新实施意见'],
      ['a-2', '附件2', '重点任务分工表'],
    ]);
    // The attachment's 一、 is a heading one rank below its title, with an anchor of its own.
    expect(article).toMatch(
      /<section class="section level-1" id="a-1-1" aria-labelledby="a-1-1-heading">\n<h3 class="heading" id="a-1-1-heading"><span class="marker">一、<\/span>/,
    );
    expect(article).not.toMatch(/id="s-\d/);
    // Nothing of the attachments inside the body.
    const body = article.slice(article.indexOf('<div class="body"'), article.indexOf('</div>', article.indexOf('<div class="body"')));
    expect(body).not.toContain('总体要求');
  });
});
