import { addFailure, type FailureRecord, shouldNotify, type ThrottlePolicy, waitBefore } from './throttleSchedule'

/**
 * Per account (the e-mail address as typed, known or not, so a wait never tells which
 * addresses exist): after 5 failures 1 s, then 2, 4 … up to 5 minutes between tries.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, firstDelayMs: 1000, maxDelayMs: 5 * 60_000, forgetAfterMs: 60 * 60_000 }

/** Per client address: more free failures, since an office's staff may share one address. */
export const CLIENT_POLICY: ThrottlePolicy = { freeFailures: 10, firstDelayMs: 1000, maxDelayMs: 5 * 60_000, forgetAfterMs: 60 * 60_000 }

/** Keys kept at most; beyond that the oldest go first (a flood of made-up addresses). */
const MAX_KEYS = 100_000

export type AttemptKeys = { account: string; client?: string }

/**
 * Failed logins of this admin process, in memory. The admin is one Next process; a deployment
 * running several must limit at its proxy as well. Restarting forgets the counts, which only
 * ever shortens a wait.
 */
export class LoginThrottle {
  private readonly records = new Map<string, FailureRecord>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds the attempt must still wait: the longer of the account's and the client's. */
  wait(keys: AttemptKeys): number {
    const now = this.now()
    return Math.max(
      waitBefore(this.records.get(`account:${keys.account}`), now, ACCOUNT_POLICY),
      keys.client ? waitBefore(this.records.get(`client:${keys.client}`), now, CLIENT_POLICY) : 0,
    )
  }

  /** Counts a failed attempt; true when the account owner should now be told (once a window). */
  fail(keys: AttemptKeys): boolean {
    const now = this.now()
    if (keys.client) this.put(`client:${keys.client}`, addFailure(this.records.get(`client:${keys.client}`), now, CLIENT_POLICY))
    const account = addFailure(this.records.get(`account:${keys.account}`), now, ACCOUNT_POLICY)
    const notify = shouldNotify(account, ACCOUNT_POLICY)
    this.put(`account:${keys.account}`, notify ? { ...account, notified: true } : account)
    return notify
  }

  /** The owner signed in, or an admin unlocked the account: its count starts afresh. */
  forgive(account: string): void {
    this.records.delete(`account:${account}`)
  }

  private put(key: string, record: FailureRecord) {
    // Re-inserting keeps the Map in order of last failure, so the first key is the stalest.
    this.records.delete(key)
    this.records.set(key, record)
    if (this.records.size > MAX_KEYS) this.records.delete(this.records.keys().next().value!)
  }
}

/**
 * The one throttle of this process. Kept on globalThis: the production build gives the REST,
 * GraphQL and admin routes their own copies of this module, and they must count together.
 */
export const loginThrottle = (): LoginThrottle => {
  const slot = globalThis as typeof globalThis & { [key: symbol]: LoginThrottle | undefined }
  const key = Symbol.for('veterans.loginThrottle')
  return (slot[key] ??= new LoginThrottle())
}
