/** A 通知 with a multi-section attachment and a simple one, for the renderers' order tests. */
export const NOTICE_WITH_ATTACHMENTS = `---
title: 关于印发《2027年科技创新实施意见》的通知
issuer: 樊城区科学技术局
docNumber: 樊科发〔2027〕1号
date: 2027-01-05
recipients: 各街道办事处
attachments: [2027年科技创新实施意见, 重点任务分工表]
cc: [区委办公室]
printer: 樊城区科学技术局办公室
printDate: 2027-01-05
---

现将实施意见印发给你们，请认真贯彻落实。

## 附件1

# 2027年科技创新实施意见

为推进科技创新，制定本意见。

## 一、总体要求

（一）指导思想。坚持创新驱动。

1. 加强领导。成立领导小组。

## 二、重点任务

（一）培育企业。做强做优。

## 附件2：重点任务分工表

| 任务 | 单位 |
|---|---|
| 培育企业 | 科技局 |
`;

/** The pieces in the order GB/T 9704 prints them: body, 附件说明, 署名, 成文日期, each attachment, 版记. */
export const PRINTED_ORDER = [
  '请认真贯彻落实',
  '附件：1.',
  '2027年科技创新实施意见',
  '樊城区科学技术局',
  '2027年1月5日',
  '附件1',
  '2027年科技创新实施意见',
  '为推进科技创新',
  '总体要求',
  '指导思想',
  '加强领导',
  '重点任务',
  '培育企业',
  '附件2',
  '重点任务分工表',
  '科技局',
  '区委办公室',
];

/** Where each piece first occurs in `text` after the previous one: -1 where it is missing or out of order. */
export function positionsInOrder(text: string, pieces: readonly string[]): number[] {
  let from = 0;
  return pieces.map((piece) => {
    const at = text.indexOf(piece, from);
    if (at >= 0) from = at + piece.length;
    return at;
  });
}
