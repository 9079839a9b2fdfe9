/**
 * When to check a document again after the editor changes it. The first
 * change after a quiet spell runs on the next turn of the event loop, so a
 * clerk who pauses and types one character sees the result at once; changes
 * that follow within `quietMs` of the previous one are a burst (typing a
 * word, a paste arriving in pieces) and wait until it ends, so a word costs
 * one check, not five.
 */
export class ChangeDebouncer {
  private readonly lastChange = new Map<string, number>();
  private readonly pending = new Map<string, { cancel(): void }>();

  constructor(
    private quietMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  setQuietMs(quietMs: number): void {
    this.quietMs = quietMs;
  }

  /** Records a change to `key` and arranges for `run` once the burst it belongs to allows. */
  changed(key: string, run: () => void): void {
    const now = this.now();
    const previous = this.lastChange.get(key);
    this.lastChange.set(key, now);
    const inBurst = this.pending.has(key) || (previous !== undefined && now - previous < this.quietMs);
    this.cancel(key);
    const fire = (): void => {
      this.pending.delete(key);
      run();
    };
    if (inBurst) {
      const timer = setTimeout(fire, this.quietMs);
      this.pending.set(key, { cancel: () => clearTimeout(timer) });
    } else {
      const immediate = setImmediate(fire);
      this.pending.set(key, { cancel: () => clearImmediate(immediate) });
    }
  }

  /** Drops a waiting run of `key` (its check started by another way, or the document closed). */
  cancel(key: string): void {
    this.pending.get(key)?.cancel();
    this.pending.delete(key);
  }

  forget(key: string): void {
    this.cancel(key);
    this.lastChange.delete(key);
  }

  cancelAll(): void {
    for (const entry of this.pending.values()) entry.cancel();
    this.pending.clear();
  }
}
