/**
 * The starter plan shows every level of the convention once. 某某 marks what
 * the clerk must fill in: `plan check` reports each one (no-placeholder), so
 * the starter cannot be printed unchanged by mistake.
 */
export function starterPlan(year: number): string {
  return `---
title: 某某单位${year}年工作计划
issuer: 某某单位
date: ${year}-01-05
signature: 某某单位
---

${year}年，我单位将围绕年度中心工作，明确目标任务，压实工作责任，确保各项工作落到实处。

## 一、工作目标

全年完成重点工作任务不少于10项，各项考核指标全部达到或超过上年水平。

## 二、主要任务

### （一）加强组织领导

1.健全工作机制。成立由主要负责同志任组长的工作领导小组，每季度召开一次专题会议，研究解决工作中的重大问题。

2.压实工作责任。将年度任务分解到各科室，明确责任人和完成时限。

（1）建立任务台账。对每项任务实行台账管理，完成一项、销号一项。

（2）加强督促检查。每月调度一次工作进展，对进度滞后的任务及时督办。

### （二）提升服务水平

1.优化办事流程。精简办事环节和申请材料，推行网上办理。

2.加强队伍建设。组织开展业务培训，提高干部职工的业务能力。

## 三、保障措施

各科室要高度重视，加强协调配合，确保年度工作计划各项任务按期完成。
`;
}

export function starterConfig(): string {
  return `${JSON.stringify({ extends: 'recommended', rules: {} }, null, 2)}\n`;
}
