import { Document, Footer, Header, Paragraph, SectionType, TextRun, type IPropertiesOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { bodyOnlyDocument } from '../../../../src/render/docx/body-only-document.js';
import { partCompiler } from '../../../../src/render/docx/compile-parts.js';
import { partText } from '../../../../src/render/docx/xml-text.js';

const footer = (text: string): Footer => new Footer({ children: [new Paragraph({ children: [new TextRun(text)] })] });
const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text) => new Paragraph({ children: [new TextRun(text)] }));

/** Two sections, the second without page numbers, as a 版记 after a blank page has. */
function options(title: string, texts: string[]): IPropertiesOptions {
  return {
    creator: 'gongwen-plan test',
    lastModifiedBy: 'gongwen-plan test',
    revision: 1,
    title,
    evenAndOddHeaderAndFooters: true,
    sections: [
      { footers: { default: footer('— 1 —'), even: footer('— 2 —') }, children: paragraphs(...texts) },
      { properties: { type: SectionType.NEXT_PAGE }, footers: { default: footer(''), even: footer('') }, children: paragraphs('版记') },
    ],
  };
}

/** The body and core properties as written: docx's own formatter, our text. */
function ownText(document: Document): { body: string; core: string } {
  const compiler = partCompiler()!;
  const file = document as unknown as { Document: { View: unknown }; CoreProperties: unknown };
  const format = (component: unknown): object => compiler.formatter.format(component, { viewWrapper: file.Document, file, stack: [] });
  return { body: partText(format(file.Document.View), { standalone: 'yes' }), core: partText(format(file.CoreProperties), { standalone: 'yes' }) };
}

describe('a document built with only its body and core properties', () => {
  it('writes them as docx File does, in a document after the first', () => {
    const model = new Document(options('第一份', ['一、目标']));
    ownText(model);
    const later = options('第二份', ['一、目标', '（一）加强领导。', '二、措施']);
    const ours = bodyOnlyDocument(model, later);
    expect(ours).not.toBeNull();
    const text = ownText(ours!);
    const theirs = ownText(new Document(later));
    expect(text.body).toBe(theirs.body);
    expect(text.body).toContain('（一）加强领导。');
    expect(text.core.replace(/\d{4}-[\d-]+T[\d:.]+Z/g, '')).toBe(theirs.core.replace(/\d{4}-[\d-]+T[\d:.]+Z/g, ''));
    expect(text.core).toContain('<dc:title>第二份</dc:title>');
  });

  it('leaves the model as it was', () => {
    const model = new Document(options('第一份', ['一、目标']));
    const before = ownText(model);
    for (const title of ['第二份', '第三份']) ownText(bodyOnlyDocument(model, options(title, ['二、措施']))!);
    expect(ownText(model).body).toBe(before.body);
    expect(model.Footers).toHaveLength(4);
  });

  it('is not built when the document has headers, or footers the model has not', () => {
    const model = new Document(options('第一份', ['一、目标']));
    const headed = options('第二份', ['一、目标']);
    expect(bodyOnlyDocument(model, { ...headed, sections: [{ ...headed.sections[0]!, headers: { default: new Header({ children: [] }) } }, headed.sections[1]!] })).toBeNull();
    expect(bodyOnlyDocument(model, { ...headed, sections: [headed.sections[0]!] })).toBeNull();
    expect(bodyOnlyDocument(model, { ...headed, sections: [...headed.sections, headed.sections[1]!] })).toBeNull();
  });
});
