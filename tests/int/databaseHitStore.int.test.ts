import { randomUUID } from 'node:crypto'

import { afterAll, describe, expect, it } from 'vitest'

import { RateLimiter } from '../../src/payload/cases/domain/rateLimit'
import { DatabaseHitStore } from '../../src/payload/cases/infrastructure/hitStore'
import { databaseUriFor, testDatabase } from '../helpers/testDatabase'

/**
 * Rate limits counted in the MongoDB database every site host shares (several machines). Each
 * store here stands for one host: its own client, its own connection pool. SQLite hosts share
 * the file store instead (tests/unit/enquiryRateLimit.unit.test.ts).
 */
describe.runIf(testDatabase() === 'mongodb')('rate limits in the database (site hosts on several machines)', () => {
  const uri = databaseUriFor('', `va-hits-${randomUUID().slice(0, 8)}`)
  const stores: DatabaseHitStore[] = []
  const host = () => {
    const store = new DatabaseHitStore(uri, (message) => {
      throw new Error(`fell back: ${message}`)
    })
    stores.push(store)
    return store
  }
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()))
  })

  it('should hold one limit for two hosts taking turns', async () => {
    const [first, second] = [new RateLimiter(3, 60_000, Date.now, host(), 'submitPerIp'), new RateLimiter(3, 60_000, Date.now, host(), 'submitPerIp')]
    const answers = []
    for (const limiter of [first, second, first, second, first]) answers.push(await limiter.take('203.0.113.9'))
    expect(answers).toEqual([true, true, true, false, false])
    expect(await second.take('198.51.100.1')).toBe(true)
  })

  it('should allow exactly the limit when one host takes many at once', async () => {
    const limiter = new RateLimiter(5, 60_000, Date.now, host(), 'lookupPerCode')
    const answers = await Promise.all(Array.from({ length: 12 }, () => limiter.take('K7Q2M-9XR4D')))
    expect(answers.filter(Boolean)).toHaveLength(5)
  })

  it('should let only one of two hosts in when both count a new key at the same moment', async () => {
    // The full e2e burst let 31 of 31 through once: both hosts inserted the first count of the key.
    const [first, second] = [new RateLimiter(1, 60_000, Date.now, host(), 'submitPerIp'), new RateLimiter(1, 60_000, Date.now, host(), 'submitPerIp')]
    const keys = Array.from({ length: 20 }, (_, index) => `192.0.2.${index}`)
    const answers = await Promise.all(keys.map((key) => Promise.all([first.take(key), second.take(key)])))
    expect(answers.map((pair) => pair.filter(Boolean).length)).toEqual(keys.map(() => 1))
  })

  it('should keep counting in the process, with one warning, when the database cannot be reached', async () => {
    const warnings: string[] = []
    const unreachable = new DatabaseHitStore('mongodb://127.0.0.1:9/none?serverSelectionTimeoutMS=300&directConnection=true', (message) => warnings.push(message))
    stores.push(unreachable)
    const limiter = new RateLimiter(1, 60_000, Date.now, unreachable, 'submitPerIp')
    expect([await limiter.take('ip'), await limiter.take('ip')]).toEqual([true, false])
    expect(warnings).toHaveLength(1)
  }, 30_000)
})
