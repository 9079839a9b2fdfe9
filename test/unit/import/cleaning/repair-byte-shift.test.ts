import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { countBigrams, repairByteShift, repairLine } from '../../../../src/import/cleaning/repair-byte-shift.js';
import { runStep } from './run-step.js';

/**
 * What a broken page shows: GBK bytes decoded from one byte too early (the
 * trail byte of the character before), with the last half character lost.
 */
function decodedOneByteEarly(text: string, encoding: 'gbk' | 'big5', previousTrail: number): string {
  const bytes = Buffer.concat([Buffer.from([previousTrail]), iconv.encode(text, encoding)]);
  return iconv.decode(bytes, encoding).replace(/\ufffd$/u, '');
}

describe('repair-byte-shift', () => {
  it('repairs the seed fragment 。ㄆ撸┳龊 to （七）做好, completing the lost byte from the document', () => {
    const context = ['切實做好-20xx年度全國科技進步考核迎檢工作', '做好服務工作'];
    const result = runStep(repairByteShift, [...context, '。ㄆ撸┳龊-20xx年度全國科技進步考核迎檢工作。']);
    expect(result.texts[2]).toBe('（七）做好-20xx年度全國科技進步考核迎檢工作。');
    expect(result.changes).toHaveLength(1);
    expect(result.review).toHaveLength(0);
  });

  it('does not complete a lost byte without evidence in the document, and flags the fragment', () => {
    const result = runStep(repairByteShift, ['。ㄆ撸┳龊-20xx年度工作。']);
    expect(result.texts[0]).toBe('。ㄆ撸┳龊-20xx年度工作。');
    expect(result.review.map((item) => item.kind)).toEqual(['unrepaired-shift']);
  });

  it.each([
    ['gbk', '（二）加强领导工作', '认真做好领导工作'],
    ['big5', '（二）加強領導工作', '認真做好領導工作'],
    ['big5', '會議精神', '傳達會議精神'],
  ] as const)('repairs a %s fragment decoded one byte early: %s', (encoding, original, context) => {
    const garbled = decodedOneByteEarly(original, encoding, 0xa1);
    expect(garbled.startsWith(original.slice(0, 2))).toBe(false);
    const repaired = repairLine(`${garbled}。`, countBigrams([context]));
    expect(repaired.text).toBe(`${original}。`);
  });

  it('leaves ordinary text, simplified or traditional, untouched', () => {
    const texts = ['我縣引進的新品種主要以名貴中藥材為主', '认真做好科技奖励工作', '饕餮纹样的青铜器'];
    const result = runStep(repairByteShift, texts);
    expect(result.texts).toEqual(texts);
    expect(result.changes).toHaveLength(0);
  });
});
