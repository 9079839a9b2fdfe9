import type { Lang } from '../i18n/text.js';

export interface ProgressState {
  finished: number;
  failed: number;
  skipped: number;
  /** Unknown until the file list has been counted. */
  total: number | undefined;
  seconds: number;
}

const BAR_WIDTH = 24;

/** `[#########---------------] 120/1000 · 2 failed · 45.2 files/s · ETA 0:19` */
export function formatProgressLine(state: ProgressState, lang: Lang): string {
  const rate = state.seconds > 0 ? state.finished / state.seconds : 0;
  const parts: string[] = [];
  if (state.total !== undefined && state.total > 0) {
    const filled = Math.min(BAR_WIDTH, Math.round((state.finished / state.total) * BAR_WIDTH));
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${state.finished}/${state.total}`);
  } else {
    parts.push(`${state.finished}`);
  }
  if (state.skipped > 0) parts.push(lang === 'zh' ? `跳过 ${state.skipped}` : `${state.skipped} skipped`);
  if (state.failed > 0) parts.push(lang === 'zh' ? `失败 ${state.failed}` : `${state.failed} failed`);
  parts.push(lang === 'zh' ? `${rate.toFixed(1)} 个/秒` : `${rate.toFixed(1)} files/s`);
  if (state.total !== undefined && rate > 0 && state.finished < state.total) {
    const eta = formatClock((state.total - state.finished) / rate);
    parts.push(lang === 'zh' ? `剩余约 ${eta}` : `ETA ${eta}`);
  }
  return parts.join(' · ');
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * Redraws one line on a terminal, at most ten times a second, and clears it
 * before anything else is printed so that failure lines stay readable.
 */
export class ProgressBar {
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly lang: Lang,
  ) {}

  update(state: ProgressState, force = false): void {
    const now = performance.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.write(`\r\u001b[2K${formatProgressLine(state, this.lang)}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.write('\r\u001b[2K');
    this.shown = false;
  }
}
