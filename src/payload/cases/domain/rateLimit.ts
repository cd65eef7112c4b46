export type WindowDecision = { allowed: boolean; times: number[] }

/**
 * The sliding-window rule: of the attempts a key made, those inside the window count; one more
 * is allowed while fewer than `limit` count, and a refused attempt is not counted.
 */
export const slideWindow = (times: readonly number[], now: number, limit: number, windowMs: number): WindowDecision => {
  const recent = times.filter((at) => at > now - windowMs)
  return recent.length >= limit ? { allowed: false, times: recent } : { allowed: true, times: [...recent, now] }
}

/**
 * Where the attempts are kept. `take` reads a key's attempts, applies `decide` and stores what
 * it returns, as one atomic step (also across processes, for a shared store).
 */
export interface HitStore {
  take(key: string, decide: (times: readonly number[]) => WindowDecision, keepMs: number): boolean
}

/** Attempts in this process's memory: tests, the dev server, one-process runs. */
export class MemoryHitStore implements HitStore {
  private readonly hits = new Map<string, number[]>()

  take(key: string, decide: (times: readonly number[]) => WindowDecision, keepMs: number): boolean {
    const { allowed, times } = decide(this.hits.get(key) ?? [])
    this.hits.set(key, times)
    if (this.hits.size > 50_000) this.prune(Date.now() - keepMs)
    return allowed
  }

  private prune(since: number) {
    for (const [key, times] of this.hits) if (!times.some((at) => at > since)) this.hits.delete(key)
  }
}

/** A named limit (`limit` attempts per `windowMs` for each key) over a store. */
export class RateLimiter {
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly store: HitStore = new MemoryHitStore(),
    private readonly name = '',
  ) {}

  /** Counts one attempt; false when the key is over its limit (the attempt is not counted). */
  take(key: string): boolean {
    const now = this.now()
    return this.store.take(`${this.name}:${key}`, (times) => slideWindow(times, now, this.limit, this.windowMs), this.windowMs)
  }
}
