import { pbkdf2Sync } from 'node:crypto'

import { describe, expect, it } from 'vitest'

// Payload's own hashing, to prove the unknown-address hash costs the same (not exported by Payload).
import { generatePasswordSaltHash } from '../../node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js'
import { authCookies } from '../../src/payload/auth/authCookies'
import { ACCOUNT_POLICY, CLIENT_POLICY, LoginThrottle } from '../../src/payload/auth/loginThrottle'
import {
  addFailure,
  delayAfter,
  type FailureRecord,
  retryAfterSeconds,
  shouldNotify,
  type ThrottlePolicy,
  waitBefore,
} from '../../src/payload/auth/throttleSchedule'
import { PASSWORD_HASH } from '../../src/payload/auth/unknownAccountHash'

const policy: ThrottlePolicy = { freeFailures: 3, firstDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 }

const failTimes = (count: number, at = 0): FailureRecord | undefined => {
  let record: FailureRecord | undefined
  for (let i = 0; i < count; i += 1) record = addFailure(record, at, policy)
  return record
}

describe('throttle schedule', () => {
  it('should let the free failures through, then double the wait up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => delayAfter(n, policy))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000])
  })

  it('should count the wait from the last failure', () => {
    const record = failTimes(4, 10_000)
    expect(waitBefore(record, 10_000, policy)).toBe(2000)
    expect(waitBefore(record, 11_500, policy)).toBe(500)
    expect(waitBefore(record, 12_000, policy)).toBe(0)
  })

  it('should start a new window after a quiet period, forgetting the count and the notice', () => {
    const record = { ...failTimes(6)!, notified: true }
    expect(waitBefore(record, policy.forgetAfterMs, policy)).toBe(0)
    expect(addFailure(record, policy.forgetAfterMs, policy)).toEqual({ failures: 1, lastFailureAt: policy.forgetAfterMs, notified: false })
  })

  it('should ask for a notice only once the wait starts and only once', () => {
    expect(shouldNotify(failTimes(2)!, policy)).toBe(false)
    expect(shouldNotify(failTimes(3)!, policy)).toBe(true)
    expect(shouldNotify({ ...failTimes(4)!, notified: true }, policy)).toBe(false)
  })

  it('should round Retry-After up to whole seconds, never 0', () => {
    expect([1, 999, 1000, 1001, 4000].map(retryAfterSeconds)).toEqual([1, 1, 1, 2, 4])
  })
})

describe('login throttle', () => {
  const clock = () => {
    let now = 1_000_000
    return { now: () => now, advance: (ms: number) => (now += ms) }
  }

  it('should throttle an account whichever client tries it, and tell the owner once per window', () => {
    const time = clock()
    const throttle = new LoginThrottle(time.now)
    const notices = Array.from({ length: ACCOUNT_POLICY.freeFailures + 3 }, (_, i) => {
      time.advance(throttle.wait({ account: 'a@x', client: `10.0.0.${i}` }))
      return throttle.fail({ account: 'a@x', client: `10.0.0.${i}` })
    })
    expect(notices.filter(Boolean)).toHaveLength(1)
    expect(notices.indexOf(true)).toBe(ACCOUNT_POLICY.freeFailures - 1)
    expect(throttle.wait({ account: 'a@x', client: '10.9.9.9' })).toBe(delayAfter(ACCOUNT_POLICY.freeFailures + 3, ACCOUNT_POLICY))
    expect(throttle.wait({ account: 'b@x', client: '10.9.9.9' })).toBe(0)
  })

  it('should throttle a client spraying many accounts', () => {
    const throttle = new LoginThrottle(() => 0)
    for (let i = 0; i < CLIENT_POLICY.freeFailures; i += 1) throttle.fail({ account: `user${i}@x`, client: '10.0.0.1' })
    expect(throttle.wait({ account: 'fresh@x', client: '10.0.0.1' })).toBe(CLIENT_POLICY.firstDelayMs)
    expect(throttle.wait({ account: 'fresh@x', client: '10.0.0.2' })).toBe(0)
  })

  it('should forget an account when its owner signs in, but not the client', () => {
    const throttle = new LoginThrottle(() => 0)
    for (let i = 0; i < CLIENT_POLICY.freeFailures; i += 1) throttle.fail({ account: 'a@x', client: '10.0.0.1' })
    throttle.forgive('a@x')
    expect(throttle.wait({ account: 'a@x' })).toBe(0)
    expect(throttle.wait({ account: 'a@x', client: '10.0.0.1' })).toBeGreaterThan(0)
  })
})

describe('session cookie', () => {
  it('should be Secure only when the admin is served over https, SameSite Lax always', () => {
    expect(authCookies('https://admin.example.gov.cn')).toEqual({ secure: true, sameSite: 'Lax' })
    expect(authCookies('http://localhost:3000')).toEqual({ secure: false, sameSite: 'Lax' })
  })
})

describe('unknown-address hash', () => {
  it("should cost exactly what Payload's own password hash costs", async () => {
    const { hash, salt } = await generatePasswordSaltHash({ isPasswordAuthenticated: true, password: 'demo2026' } as never)
    expect(hash.startsWith(PASSWORD_HASH.prefix)).toBe(true)
    expect(salt).toHaveLength(PASSWORD_HASH.saltBytes * 2)
    const derived = pbkdf2Sync('demo2026', salt, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, 'sha256').toString('hex')
    expect(hash.slice(PASSWORD_HASH.prefix.length)).toBe(derived)
  })
})
