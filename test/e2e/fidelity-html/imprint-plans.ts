/**
 * Plans whose text ends where the layout estimate goes wrong by design, for
 * the 版记's placement (GB/T 9704 7.4.1, 7.5). The text is one-line
 * paragraphs, so it ends on a line of the grid that `lines` sets, and one
 * paragraph of Latin capitals: the estimate counts a half-width character as
 * half a Chinese one, a W prints nearly a whole one, so the paragraph takes
 * more lines than estimated (`drift` words of capitals more than fill one
 * estimated line).
 */
export interface ImprintPlan {
  template: 'plan' | 'official';
  /** The text goes on in an attachment (a new page after the signature), and ends there. */
  attachment: boolean;
  /** One-line paragraphs of filler. */
  lines: number;
  /** Words of five capitals in the paragraph that drifts; 0 for none. */
  drift: number;
}

const FILLER = '各单位要按期完成本项工作任务。';

export function imprintPlan({ template, attachment, lines, drift }: ImprintPlan): string {
  const title = '关于做好年度重点工作的通知';
  const front = [
    '---',
    `title: ${title}`,
    ...(template === 'official'
      ? [
          'issuer: 国务院',
          'docNumber: 国发〔2027〕3号',
          'recipients: 各省、自治区、直辖市人民政府',
          'cc: [中共中央办公厅，全国人大常委会办公厅]',
          'printer: 国务院办公厅',
          'printDate: 2027-03-05',
        ]
      : []),
    'signature: 国务院',
    'date: 2027-03-05',
    ...(attachment ? ['attachments: [年度重点工作安排]'] : []),
    '---',
    '',
  ];
  const wide = drift > 0 ? [Array.from({ length: drift }, () => 'WWWWW').join(' ')] : [];
  const filler = Array.from({ length: lines }, () => FILLER);
  const text = [...wide, ...filler];
  const body = attachment
    ? ['现将年度重点工作安排印发给你们，请认真贯彻执行。', '', '## 附件', '', '# 年度重点工作安排', '', ...text.flatMap((line) => [line, ''])]
    : text.flatMap((line) => [line, '']);
  return `${front.join('\n')}\n${body.join('\n')}`;
}
