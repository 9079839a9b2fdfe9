import type { ImportLine } from '../import-line.js';
import type { CleaningStep } from './cleaning-step.js';

/** Web-page furniture, in simplified and traditional forms. */
const TOOL_WORDS =
  /^(?:【|\[)?(?:收藏|打印|打印本页|打印本頁|关闭|關閉|关闭窗口|關閉窗口|字号|字號|大|中|小|分享|分享到|返回顶部|返回頂部|纠错|糾錯|复制链接|複製鏈接|上一篇|下一篇|阅读|閱讀|评论|評論)(?:】|\])?$/u;
const NAVIGATION = /^(?:首页|首頁|当前位置|當前位置|您的位置|你的位置|位置)[:：]?.*?(?:[>»›→]|&gt;)/u;
const RELATED = /相[关關](?:文章|阅读|閱讀|推荐|推薦|范文|範文)[:：]?$/u;
const EDITOR = /小[编編]/u;
const EDITOR_INTRO = /(?:收集|整理|为大家|為大家|为你|為你|分享|欢迎|歡迎|仅供|僅供|希望)/u;
/** `上一篇：……`, `来源：……  作者：……`, `浏览次数：12`: a news page's header and footer lines. */
const PAGE_FIELD =
  /^(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁|来源|來源|作者|浏览次数|瀏覽次數|点击数|點擊數|阅读次数|閱讀次數|责任编辑|責任編輯|编辑|編輯|分享到)[:：]/u;
const LIST_DATE = /(?:\d{2}-\d{2}|\d{4}-\d{1,2}-\d{1,2})$/u;

/** A line made of tool words such as `收藏 | 打印 | 字号：大 中 小`. */
function isToolLine(text: string): boolean {
  const parts = text.split(/[\s|｜/·:：、,，]+/u).filter((part) => part.length > 0);
  return parts.length > 0 && parts.every((part) => TOOL_WORDS.test(part));
}

function isNavigation(text: string): boolean {
  return NAVIGATION.test(text) && text.length <= 80;
}

function isEditorIntroduction(text: string): boolean {
  return EDITOR.test(text) && EDITOR_INTRO.test(text);
}

/** A link in a 相关文章 list: short, no sentence, often closed by a date. */
function isListedLink(text: string): boolean {
  return text.length <= 40 && !/[。；！？]/u.test(text) && (LIST_DATE.test(text) || text.length <= 30);
}

export const removeBoilerplate: CleaningStep = {
  id: 'remove-boilerplate',
  title: {
    zh: '删除网页附带内容（导航、相关文章列表、收藏/打印/字号、小编导语）',
    en: 'drop web boilerplate (navigation, related-article lists, save/print/font-size lines, editor introductions)',
  },
  enabledByDefault: true,
  run(lines, context) {
    const kept: ImportLine[] = [];
    let inRelatedList = false;
    for (const line of lines) {
      const text = line.text.trim();
      let drop = false;
      if (line.kind === 'text') {
        if (RELATED.test(text)) {
          inRelatedList = true;
          drop = true;
        } else if (inRelatedList && isListedLink(text)) {
          drop = true;
        } else {
          inRelatedList = false;
          drop = isToolLine(text) || isNavigation(text) || isEditorIntroduction(text) || (PAGE_FIELD.test(text) && [...text].length <= 80);
        }
      }
      if (drop) context.record({ step: this.id, line: line.line, before: line.text, after: '', count: 1 });
      else kept.push(line);
    }
    return kept;
  },
};
