import { describe, expect, it } from 'vitest';
import { elementText, partText } from '../../../../src/render/docx/xml-text.js';

// docx 9's rules for the prepared tree, corner by corner; whole documents are
// held to docx's own text in compile-parts.test.ts.
describe('the XML text of a prepared element', () => {
  it.each([
    ['an element without content closes itself', { 'w:p': {} }, '<w:p/>'],
    ['attributes alone close it too', { 'w:jc': { _attr: { 'w:val': 'both' } } }, '<w:jc w:val="both"/>'],
    ['an empty child list opens and closes it', { 'w:x': [] }, '<w:x></w:x>'],
    ['attributes among the children join the element', { 'w:x': [{ _attr: { a: 1, b: true } }] }, '<w:x a="1" b="true"></w:x>'],
    ['text is escaped, quotes included', { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'a & b < "c" \'d\' >'] }, '<w:t xml:space="preserve">a &amp; b &lt; &quot;c&quot; &apos;d&apos; &gt;</w:t>'],
    ['control characters are dropped', { 'w:t': ['a\u0001b\u001fc\td'] }, '<w:t>abc\td</w:t>'],
    ['a number or a flag is written as it reads', { 'w:x': 5 }, '<w:x>5</w:x>'],
    ['children nest in order', { 'w:r': [{ 'w:rPr': [{ 'w:b': {} }] }, { 'w:t': ['一'] }] }, '<w:r><w:rPr><w:b/></w:rPr><w:t>一</w:t></w:r>'],
    ['a text child takes the place of the item before it', { 'w:x': [{ 'w:y': {} }, 'text'] }, '<w:x>text</w:x>'],
    ['CDATA keeps its text, its end marker split', { 'w:x': { _cdata: 'a]]>b' } }, '<w:x><![CDATA[a]]]]><![CDATA[>b]]></w:x>'],
    ['attribute values are escaped', { 'w:x': { _attr: { v: 'a"<&' } } }, '<w:x v="a&quot;&lt;&amp;"/>'],
  ])('%s', (_, data, text) => {
    expect(elementText(data)).toBe(text);
  });

  it('starts a part with the XML declaration, standalone where docx says so', () => {
    expect(partText({ 'w:x': {} }, { standalone: 'yes' })).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:x/>');
    expect(partText({ 'w:x': {} }, {})).toBe('<?xml version="1.0" encoding="UTF-8"?><w:x/>');
  });
});
