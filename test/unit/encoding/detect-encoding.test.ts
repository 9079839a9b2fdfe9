import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { hasFourByteSequences } from '../../../src/encoding/decode-bytes.js';
import { detectEncoding } from '../../../src/encoding/detect-encoding.js';
import { corpusPath, describeWithFullCorpus } from '../../helpers/corpus.js';

function encode(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

describe('detectEncoding on short files', () => {
  // Two to six characters: too little for a statistical detector alone.
  const simplified = ['计划', '工作计划', '科技局', '一、工作目标', '做好工作', '年', '（一）加强领导。'];
  const traditional = ['計劃', '工作計劃', '科技局', '臺灣', '樊城區', '做好工作', '（一）加強領導。'];

  it.each(simplified)('reads GBK %s as GBK', (text) => {
    const result = detectEncoding(encode(text, 'gbk'));
    expect(result.encoding).toBe('gbk');
    expect(result.text).toBe(text);
  });

  it.each(traditional)('reads Big5 %s as Big5', (text) => {
    const result = detectEncoding(encode(text, 'big5'));
    expect(result.encoding).toBe('big5');
    expect(result.text).toBe(text);
  });

  it('reads four-byte GB18030 characters and names the encoding GB18030', () => {
    // 𠀀 (U+20000) and 㐀 (U+3400) exist only as four-byte sequences.
    const text = '𠀀计划㐀';
    const bytes = encode(text, 'gb18030');
    expect(hasFourByteSequences(bytes)).toBe(true);
    const result = detectEncoding(bytes);
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe(text);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s without a BOM', (encoding) => {
    for (const text of ['计划', '科技局', '一、工作目标\n']) {
      const result = detectEncoding(encode(text, encoding));
      expect(result.encoding).toBe(encoding);
      expect(result.text).toBe(text);
    }
  });

  it('reads UTF-16 with a BOM and strips the mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...encode('工作计划', 'utf-16le')]);
    const result = detectEncoding(bytes);
    expect(result).toMatchObject({ encoding: 'utf-16le', method: 'bom', text: '工作计划' });
  });

  it('takes strict UTF-8 before any legacy guess, and a UTF-8 BOM first of all', () => {
    expect(detectEncoding(new TextEncoder().encode('计划')).method).toBe('utf-8');
    const withBom = detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('计划')]));
    expect(withBom).toMatchObject({ encoding: 'utf-8', method: 'bom', text: '计划' });
  });

  it('obeys a forced encoding even where the guess would differ', () => {
    const bytes = encode('計劃', 'big5');
    expect(detectEncoding(bytes, 'gbk').text).not.toBe('計劃');
    expect(detectEncoding(bytes, 'big5')).toMatchObject({ method: 'forced', text: '計劃' });
  });
});

function expectGbk(name: string): void {
  const result = detectEncoding(readFileSync(corpusPath(name)));
  expect(result.encoding).toBe('gbk');
  expect(result.text).toContain('政府工作报告'.slice(0, 2));
  expect(result.text).not.toContain('\ufffd');
}

describeWithFullCorpus('detectEncoding on the whole corpus', () => {
  it.each(['hailar__2013.txt', 'hailar__2014.txt', 'hailar__2015.txt'])('%s is GBK', expectGbk);
});

describe('detectEncoding on the corpus', () => {
  it.each(['hailar__2012.txt'])('%s is GBK', expectGbk);

  it('a Big5 copy of the seed is Big5', () => {
    const seed = readFileSync(corpusPath('seed__科技年度工作计划4篇.txt'), 'utf8');
    const result = detectEncoding(new Uint8Array(iconv.encode(seed, 'big5')));
    expect(result.encoding).toBe('big5');
    expect(result.text.slice(0, 8)).toBe(seed.slice(0, 8));
  });
});
