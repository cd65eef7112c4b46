/**
 * How failed logins slow down further attempts, for one key (a client address or an account).
 * No hard lock: a lock anyone can trigger would let a stranger keep the publisher out on a
 * release day. Instead each failure past the free ones doubles the wait before the next try.
 */
export type ThrottlePolicy = {
  /** Failures allowed without any wait (typos, a forgotten caps lock). */
  freeFailures: number
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  firstDelayMs: number
  /** The longest wait. */
  maxDelayMs: number
  /** After this long without a failure the key starts afresh (a new window). */
  forgetAfterMs: number
}

/** What is kept per key. `notified`: the account owner has been told in this window. */
export type FailureRecord = { failures: number; lastFailureAt: number; notified: boolean }

/** The wait that `failures` failures impose after the last of them. */
export const delayAfter = (failures: number, policy: ThrottlePolicy): number =>
  failures < policy.freeFailures ? 0 : Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (failures - policy.freeFailures))

const isForgotten = (record: FailureRecord | undefined, now: number, policy: ThrottlePolicy): boolean =>
  !record || now - record.lastFailureAt >= policy.forgetAfterMs

/** How long an attempt made `now` must still wait (0: it may go ahead). */
export const waitBefore = (record: FailureRecord | undefined, now: number, policy: ThrottlePolicy): number =>
  isForgotten(record, now, policy) ? 0 : Math.max(0, record!.lastFailureAt + delayAfter(record!.failures, policy) - now)

/** The record after one more failure at `now`; a forgotten record starts a new window. */
export const addFailure = (record: FailureRecord | undefined, now: number, policy: ThrottlePolicy): FailureRecord =>
  isForgotten(record, now, policy)
    ? { failures: 1, lastFailureAt: now, notified: false }
    : { ...record!, failures: record!.failures + 1, lastFailureAt: now }

/** True when this record imposes a wait and its owner has not been told in this window. */
export const shouldNotify = (record: FailureRecord, policy: ThrottlePolicy): boolean =>
  !record.notified && delayAfter(record.failures, policy) > 0

/** Whole seconds for a Retry-After header (at least 1, so a client never retries at once). */
export const retryAfterSeconds = (waitMs: number): number => Math.max(1, Math.ceil(waitMs / 1000))
