/** A sliding-window counter per key, in memory: the public site runs as one process. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; false when the key is over its limit (the attempt is not counted). */
  take(key: string): boolean {
    const since = this.now() - this.windowMs
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return false
    }
    recent.push(this.now())
    this.hits.set(key, recent)
    if (this.hits.size > 50_000) this.prune(since)
    return true
  }

  private prune(since: number) {
    for (const [key, times] of this.hits) if (!times.some((at) => at > since)) this.hits.delete(key)
  }
}
