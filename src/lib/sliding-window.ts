/**
 * Events per key inside a sliding time window, in memory (per instance). Keys beyond `maxKeys` push
 * out the oldest, so a flood of new keys cannot exhaust memory.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly windowMs: number, private readonly maxKeys = 100_000) {}

  /** Events of `key` still inside the window, oldest first. */
  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  /** Seconds until `key` is under `max` again, or 0 if it is under now. */
  retryAfter(key: string, max: number, now = Date.now()): number {
    const recent = this.recent(key, now);
    return recent.length >= max ? Math.ceil((recent[recent.length - max] + this.windowMs - now) / 1000) : 0;
  }

  record(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    if (this.hits.size >= this.maxKeys && !this.hits.has(key)) this.hits.delete(this.hits.keys().next().value as string);
    this.hits.set(key, recent);
  }
}
