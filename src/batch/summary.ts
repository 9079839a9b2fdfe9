import { displayWidth } from '../i18n/display-width.js';
import type { Lang, Text } from '../i18n/text.js';
import type { BatchResult } from './run-batch.js';

/** How a command names the files it finished: "converted" for build, "checked" for check. */
export interface BatchNoun {
  key: string;
  text: Text;
}

export const CONVERTED: BatchNoun = { key: 'converted', text: { zh: '已转换', en: 'converted' } };

/** The table printed at the end of a batch: converted, skipped, failed, time. */
export function formatSummary(result: BatchResult, noun: BatchNoun, lang: Lang): string {
  const finished = result.counts.done + result.counts.skipped + result.counts.failed + result.passedOver;
  const rate = result.seconds > 0 ? finished / result.seconds : 0;
  const zh = lang === 'zh';
  const rows: Array<[string, string]> = [
    [noun.text[lang], String(result.counts.done)],
    [zh ? '未改动跳过' : 'skipped (unchanged)', String(result.counts.skipped)],
    [zh ? '失败' : 'failed', String(result.counts.failed)],
  ];
  if (result.passedOver > 0) rows.push([zh ? '配置排除' : 'ignored by config', String(result.passedOver)]);
  if (result.interrupted) {
    rows.push([zh ? '中途停止' : 'stopped midway', String(result.counts.interrupted)]);
    rows.push([zh ? '未开始' : 'not started', String(result.notStarted)]);
  }
  rows.push([
    zh ? '用时' : 'time',
    zh ? `${result.seconds.toFixed(1)} 秒（${rate.toFixed(1)} 个/秒）` : `${result.seconds.toFixed(1)} s (${rate.toFixed(1)} files/s)`,
  ]);
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  const lines = rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`);
  const heading = result.interrupted
    ? zh
      ? '已中断（Ctrl-C）：已完成的文件完整保留，未写出任何不完整的文件。'
      : 'Interrupted (Ctrl-C): finished files are complete; no partial file was written.'
    : zh
      ? '完成。'
      : 'Done.';
  return `${heading}\n${lines.join('\n')}\n`;
}

/** The `--json` summary, for scripts. Keys are stable English names. */
export function summaryJson(result: BatchResult, noun: BatchNoun, lang: Lang): string {
  const value = {
    [noun.key]: result.counts.done,
    skipped: result.counts.skipped,
    ignored: result.passedOver,
    failed: result.counts.failed,
    interrupted: result.interrupted,
    stoppedMidway: result.counts.interrupted,
    notStarted: result.notStarted,
    seconds: Number(result.seconds.toFixed(3)),
    failures: result.failures.map((failure) => ({
      file: failure.file,
      ...(failure.line === undefined ? {} : { line: failure.line }),
      reason: failure.reason[lang],
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
