import { describe, expect, it } from 'vitest';
import { fixed, found } from '../rule-harness.js';

const title = '# 2027年科技工作计划\n\n';

describe('cjk-punctuation', () => {
  it('reports and fixes half-width marks between Chinese characters, one finding each', () => {
    const text = `${title}全年申报30项,培育企业5家;时间:3月?是!\n`;
    expect(found('cjk-punctuation', text).map((finding) => [finding.range, finding.text])).toEqual([
      ['3:8-3:9', ','],
      ['3:15-3:16', ';'],
      ['3:18-3:19', ':'],
      ['3:21-3:22', '?'],
      ['3:23-3:24', '!'],
    ]);
    expect(fixed('cjk-punctuation', text)).toBe(`${title}全年申报30项，培育企业5家；时间：3月？是！\n`);
  });

  it('fixes brackets around Chinese text as a pair', () => {
    const text = `${title}各镇(办事处)要落实。\n`;
    expect(found('cjk-punctuation', text)).toEqual([{ message: '中文中应使用全角括号：期望“（办事处）”，实际“(办事处)”', range: '3:3-3:8', text: '(办事处)' }]);
    expect(fixed('cjk-punctuation', text)).toBe(`${title}各镇（办事处）要落实。\n`);
  });

  it('takes the space after a half-width mark along', () => {
    expect(fixed('cjk-punctuation', `${title}求新? 务实? 进取\n`)).toBe(`${title}求新？务实？进取\n`);
  });

  it.each([
    ['numbers', '投入资金1,000万元，增长3.5%。'],
    ['times', '会议于3:00开始，9:30结束。'],
    ['URLs', '详见 https://example.com/a,b;c 网站。'],
    ['inline code', '配置写作 `a,b:c` 即可。'],
    ['English', 'Hello, world: ok!'],
  ])('leaves %s alone', (_name, body) => {
    expect(found('cjk-punctuation', `${title}${body}\n`)).toEqual([]);
  });

  it('leaves code blocks alone', () => {
    expect(found('cjk-punctuation', `${title}\`\`\`\n中文,代码:不改\n\`\`\`\n`)).toEqual([]);
  });

  it('leaves a stand-alone heading’s closing mark to heading-punctuation', () => {
    expect(found('cjk-punctuation', `${title}一、工作目标:\n\n全年完成。\n`)).toEqual([]);
  });
});

describe('no-placeholder', () => {
  it('reports each placeholder with its exact range', () => {
    const text = `${title}20xx年，XX局召开某某会议，××参加，时间待定，地点○○。\n`;
    expect(found('no-placeholder', text).map((finding) => [finding.range, finding.text])).toEqual([
      ['3:1-3:5', '20xx'],
      ['3:7-3:9', 'XX'],
      ['3:12-3:14', '某某'],
      ['3:17-3:19', '××'],
      ['3:24-3:26', '待定'],
      ['3:29-3:31', '○○'],
    ]);
  });

  it('does not take years written in Chinese numerals for placeholders', () => {
    expect(found('no-placeholder', `${title}二〇〇七年，二〇二七年计划。\n`)).toEqual([]);
  });
});

describe('date-format', () => {
  it.each([
    ['zero padding', '2027年03月05日', '2027年3月5日'],
    ['full-width digits', '２０２７年１月５日', '2027年1月5日'],
    ['ISO dates', '2027-01-05', '2027年1月5日'],
    ['slashes', '2027/1/5', '2027年1月5日'],
    ['Chinese numerals', '二〇二七年一月五日', '2027年1月5日'],
    ['a month without a day', '2027年01月', '2027年1月'],
  ])('reports and fixes %s', (_name, written, wanted) => {
    const text = `${title}会议于${written}召开。\n`;
    expect(found('date-format', text)).toEqual([
      { message: `日期格式不规范：期望“${wanted}”，实际“${written}”`, range: `3:4-3:${4 + written.length}`, text: written },
    ]);
    expect(fixed('date-format', text)).toBe(`${title}会议于${wanted}召开。\n`);
  });

  it('leaves version numbers, decimals and correct dates alone', () => {
    expect(found('date-format', `${title}版本1.2.3，增长3.5%，2027年1月5日印发，13.2.2027不是日期。\n`)).toEqual([]);
  });
});

describe('date-valid', () => {
  it.each([
    ['30 February', '2027年2月30日', '2027年2月只有28天'],
    ['29 February of a common year', '2027年02月29日', '2027年2月只有28天'],
    ['month 13 without a day', '2027年13月', '没有13月，月份应为1至12'],
    ['day 0', '２０２７年１月０日', '2027年1月只有31天'],
    ['31 April in Chinese numerals', '二〇二七年四月三十一日', '2027年4月只有30天'],
  ])('reports %s as an error at its exact place, and date-format leaves it alone', (_name, written, reason) => {
    const text = `${title}会议于${written}召开。\n`;
    expect(found('date-valid', text)).toEqual([{ message: `日期不存在：“${written}”（${reason}）`, range: `3:4-3:${4 + written.length}`, text: written }]);
    expect(found('date-format', text)).toEqual([]);
  });

  it('takes 29 February of a leap year and dates without a year', () => {
    expect(found('date-valid', `${title}2028年2月29日、2000年2月29日召开，12月31日前完成。\n`)).toEqual([]);
  });
});

describe('doc-number', () => {
  it('reports and fixes document numbers in the text', () => {
    const text = `${title}根据樊科发[2026]第03号文件。\n`;
    expect(found('doc-number', text)).toEqual([{ message: '发文字号不规范：期望“〔2026〕3号”，实际“[2026]第03号”', range: '3:6-3:16', text: '[2026]第03号' }]);
    expect(fixed('doc-number', text)).toBe(`${title}根据樊科发〔2026〕3号文件。\n`);
  });

  it('reports and fixes the front-matter docNumber', () => {
    const text = '---\ndocNumber: 樊科发（2027）01号\n---\n\n# 计划\n';
    expect(found('doc-number', text)).toEqual([
      { message: '发文字号不规范：期望“樊科发〔2027〕1号”，实际“樊科发（2027）01号”', range: '2:12-2:24', text: '樊科发（2027）01号' },
    ]);
    expect(fixed('doc-number', text)).toBe('---\ndocNumber: 樊科发〔2027〕1号\n---\n\n# 计划\n');
  });

  it('reports a docNumber without a bracketed year', () => {
    expect(found('doc-number', '---\ndocNumber: 樊科发1号\n---\n\n# 计划\n').map((finding) => finding.message)).toEqual([
      '发文字号“樊科发1号”缺少用“〔〕”括入的年份，如“樊科发〔2027〕1号”',
    ]);
  });
});

describe('attachment-note', () => {
  it('reports the colon, the number and the closing punctuation of a note', () => {
    const text = `${title}正文。\n\n附件:1、任务分解表。\n`;
    expect(found('attachment-note', text).map((finding) => [finding.range, finding.text])).toEqual([
      ['5:3-5:4', ':'],
      ['5:4-5:6', '1、'],
      ['5:11-5:12', '。'],
    ]);
    expect(fixed('attachment-note', text)).toBe(`${title}正文。\n\n附件：1.任务分解表\n`);
  });

  it('leaves 附件 inside a sentence alone', () => {
    expect(found('attachment-note', `${title}附件所列任务由各部门落实。\n`)).toEqual([]);
  });
});

describe('no-mojibake', () => {
  it('reports the byte-shifted GBK fragment of the seed with its likely original', () => {
    const text = `${title}。ㄆ撸┳龊-20xx年度考核迎检工作。\n`;
    expect(found('no-mojibake', text)).toEqual([
      { message: '疑似乱码“。ㄆ撸┳龊”（GBK 错位解码），原文可能是“（七）做”：请对照原件改正', range: '3:1-3:6', text: '。ㄆ撸┳龊' },
    ]);
  });

  it('reports replacement characters and 锟斤拷', () => {
    expect(found('no-mojibake', `${title}工作\ufffd\ufffd计划锟斤拷。\n`).map((finding) => finding.text)).toEqual(['\ufffd\ufffd', '锟斤拷']);
  });

  it('leaves a lone Greek letter in a formula alone', () => {
    expect(found('no-mojibake', `${title}系数α取0.5。\n`)).toEqual([]);
  });
});

describe('no-pinyin-annotation', () => {
  it('reports and removes annotations in half- and full-width brackets', () => {
    const text = `${title}年度計(jì)劃的实施（shí）。\n`;
    expect(found('no-pinyin-annotation', text).map((finding) => [finding.range, finding.text])).toEqual([
      ['3:4-3:8', '(jì)'],
      ['3:12-3:17', '（shí）'],
    ]);
    expect(fixed('no-pinyin-annotation', text)).toBe(`${title}年度計劃的实施。\n`);
  });

  it('leaves Latin words in brackets alone', () => {
    expect(found('no-pinyin-annotation', `${title}网站(PC)和平台(app)。\n`)).toEqual([]);
  });
});

describe('script-consistency', () => {
  it('reports the traditional characters of a line in one finding and fixes them', () => {
    const text = `${title}認真做好年度計劃。\n`;
    expect(found('script-consistency', text)).toEqual([
      { message: '简体文档中混有繁体字“認、計、劃”：应为“认、计、划”', range: '3:1-3:9', text: '認真做好年度計劃' },
    ]);
    expect(fixed('script-consistency', text)).toBe(`${title}认真做好年度计划。\n`);
  });

  it('finds and fixes traditional characters in the front-matter title, which is typeset', () => {
    const text = '---\ntitle: 樊城区科学技术局2027年科技工作計劃\nissuer: 樊城区科学技术局\n---\n\n认真做好年度计划。\n';
    expect(found('script-consistency', text)).toEqual([{ message: '简体文档中混有繁体字“計、劃”：应为“计、划”', range: '2:25-2:27', text: '計劃' }]);
    expect(fixed('script-consistency', text)).toBe(text.replace('計劃', '计划'));
    const quoted = '---\ntitle: "2027年工作計劃"\n---\n\n正文。\n';
    expect(fixed('script-consistency', quoted)).toBe(quoted.replace('計劃', '计划'));
  });

  it('leaves a plan that is mostly traditional alone with script: auto', () => {
    expect(found('script-consistency', '# 工作計劃\n\n認真做好年度計劃的實施，開展調查研究。\n', { script: 'auto' })).toEqual([]);
    expect(found('script-consistency', '# 工作计划\n\n认真做好年度计划的实施，開展调查研究。\n', { script: 'auto' }).map((finding) => finding.text)).toEqual([
      '開',
    ]);
  });
});
