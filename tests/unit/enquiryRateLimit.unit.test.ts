import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { DEFAULT_LIMITS, type HitStore, limitMessages, MemoryHitStore, RateLimiter, slideWindow, takeLookup, waitMinutes } from '../../src/payload/cases/domain/rateLimit'
import { createSharedHitStore, SharedHitStore } from '../../src/payload/cases/infrastructure/hitStore'
import { createFrontServer } from '../../src/site/server/frontServer'
import { PageCache } from '../../src/site/server/pageCache'

const dir = mkdtempSync(path.join(tmpdir(), 'va-rate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Report = { allowed: number; ms: number }

/** Forks `count` processes on one store file, starts them together and collects their reports. */
const race = async (file: string, count: number, limit: number, attempts: number): Promise<Report[]> => {
  const children = Array.from({ length: count }, () =>
    fork(path.resolve('tests/helpers/enquiryRateLimitWorker.ts'), [file, String(limit), String(attempts)], { execArgv: ['--import', 'tsx'] }),
  )
  const reports = children.map(
    (child) => new Promise<Report>((resolve, reject) => {
      child.on('message', (message) => message !== 'ready' && resolve(message as Report))
      child.on('error', reject)
      child.on('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)))
    }),
  )
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('message', resolve))))
  for (const child of children) child.send('go')
  return Promise.all(reports)
}

describe('sliding window rule', () => {
  it('should allow attempts up to the limit and count only allowed ones', () => {
    expect(slideWindow([], 100, 2, 1000)).toEqual({ allowed: true, times: [100] })
    expect(slideWindow([100], 200, 2, 1000)).toEqual({ allowed: true, times: [100, 200] })
    expect(slideWindow([100, 200], 300, 2, 1000)).toEqual({ allowed: false, times: [100, 200] })
  })

  it('should forget attempts older than the window', () => {
    expect(slideWindow([100, 200], 1150, 2, 1000)).toEqual({ allowed: true, times: [200, 1150] })
  })
})

describe('lookup limits: per address and per tracking code', () => {
  const setUp = () => {
    let now = 0
    const store = new MemoryHitStore()
    const rule = (name: 'lookupPerIp' | 'lookupPerCode') => new RateLimiter(DEFAULT_LIMITS[name].limit, DEFAULT_LIMITS[name].windowMs, () => now, store, name)
    return { limits: { perAddress: rule('lookupPerIp'), perCode: rule('lookupPerCode') }, later: (ms: number) => (now += ms) }
  }
  const codeOf = (index: number) => `CODE${String(index).padStart(6, '0')}`

  it('should let one shared computer look up 100 veterans\' cases, each a few times, in ten minutes', async () => {
    const { limits, later } = setUp()
    const refused: string[] = []
    for (let index = 0; index < 100; index += 1) {
      for (let again = 0; again < 3; again += 1) {
        const held = await takeLookup(limits, '198.51.100.7', codeOf(index))
        if (held) refused.push(`${index}: ${held}`)
      }
      later(5_000)
    }
    expect(refused).toEqual([])
  })

  it('should refuse guessing one code\'s secret past its limit, whichever addresses the guesses come from', async () => {
    const { limits, later } = setUp()
    const tries: Array<string | null> = []
    for (let index = 0; index < DEFAULT_LIMITS.lookupPerCode.limit + 2; index += 1) tries.push(await takeLookup(limits, `203.0.113.${index}`, 'K7Q2M-9XR4D'))
    expect(tries.filter((held) => held === null)).toHaveLength(DEFAULT_LIMITS.lookupPerCode.limit)
    expect(tries.slice(-2)).toEqual(['code', 'code'])
    expect(await takeLookup(limits, '203.0.113.200', 'ABCDE-FGHJK')).toBeNull()
    later(DEFAULT_LIMITS.lookupPerCode.windowMs + 1)
    expect(await takeLookup(limits, '203.0.113.1', 'K7Q2M-9XR4D')).toBeNull()
  })

  it('should hold one address only far beyond what a station does, without using up the codes\' tries', async () => {
    const { limits } = setUp()
    expect(DEFAULT_LIMITS.lookupPerIp.limit).toBeGreaterThanOrEqual(10 * DEFAULT_LIMITS.lookupPerCode.limit)
    for (let index = 0; index < DEFAULT_LIMITS.lookupPerIp.limit; index += 1) expect(await takeLookup(limits, '198.51.100.9', codeOf(index))).toBeNull()
    expect(await takeLookup(limits, '198.51.100.9', 'K7Q2M-9XR4D')).toBe('address')
    const fromElsewhere: Array<string | null> = []
    for (let index = 0; index < DEFAULT_LIMITS.lookupPerCode.limit; index += 1) fromElsewhere.push(await takeLookup(limits, '203.0.113.5', 'K7Q2M-9XR4D'))
    expect(fromElsewhere.every((held) => held === null)).toBe(true)
  })

  it('should tell a shared computer what to do, blaming no one', () => {
    const messages = limitMessages('县退役军人事务局', '0771-1234567')
    const minutes = waitMinutes(DEFAULT_LIMITS.lookupPerIp.windowMs)
    expect(minutes).toBe(10)
    expect(messages.lookupPerAddress(minutes)).toBe(
      '这台电脑或网络近期查询的次数较多,请 10 分钟后再试。多人共用一台电脑或同一个网络时会出现这种情况,不是您操作有误。如在服务站代查,可请工作人员拨打县退役军人事务局电话(0771-1234567)查询办理进度。',
    )
    expect(limitMessages('县退役军人事务局').lookupPerAddress(minutes)).toContain('可请工作人员打电话给县退役军人事务局查询办理进度')
    for (const message of [messages.lookupPerAddress(10), messages.lookupPerCode(10), messages.submitPerAddress(60), messages.submitPerPhone()]) {
      expect(message).not.toMatch(/频繁|您.*太/)
      expect(message).toContain('0771-1234567')
    }
  })
})

describe('rate limiter stores', () => {
  it('should keep separate limits apart in one store', async () => {
    const store = new MemoryHitStore()
    const perIp = new RateLimiter(1, 1000, () => 0, store, 'submitPerIp')
    const lookups = new RateLimiter(1, 1000, () => 0, store, 'lookupPerIp')
    expect([await perIp.take('a'), await perIp.take('a'), await lookups.take('a')]).toEqual([true, false, true])
  })

  it('should share attempts between two handles on one file, and keep them when the store is opened again (a restart, a second host)', async () => {
    const file = path.join(dir, 'handles.db')
    createSharedHitStore(file)
    const first = new RateLimiter(3, 60_000, Date.now, new SharedHitStore(file), 'submitPerIp')
    const second = new RateLimiter(3, 60_000, Date.now, new SharedHitStore(file), 'submitPerIp')
    expect([await first.take('ip'), await second.take('ip'), await first.take('ip'), await second.take('ip'), await first.take('ip')]).toEqual([true, true, true, false, false])
    createSharedHitStore(file)
    expect(await new RateLimiter(3, 60_000, Date.now, new SharedHitStore(file), 'submitPerIp').take('ip')).toBe(false)
    expect(await new RateLimiter(3, 60_000, Date.now, new SharedHitStore(file), 'submitPerIp').take('other')).toBe(true)
  })

  it.each([
    ['in memory', () => new MemoryHitStore()],
    ['in the shared file', () => {
      const file = path.join(dir, 'in-turn.db')
      createSharedHitStore(file)
      return new SharedHitStore(file)
    }],
  ] as [string, () => HitStore][])('should take a submission\'s checks in turn %s, stopping at the first refused and counting nothing after it', async (_, open) => {
    const store = open()
    const perIp = new RateLimiter(2, 60_000, Date.now, store, 'submitPerIp')
    const perPhone = new RateLimiter(5, 60_000, Date.now, store, 'submitPerPhone')
    const burnt: number[][] = []
    // A step that refuses and stores a mark, as a wrong answer burns its token.
    const burn = { key: 'challenge:wrong', decide: (used: readonly number[]) => (burnt.push([...used]), { allowed: false, times: [1, 0] }), keepMs: 60_000 }
    expect(await store.takeInTurn([perIp.step('ip'), perPhone.step('phone')])).toBe(2)
    expect(await store.takeInTurn([burn, perIp.step('ip'), perPhone.step('phone')])).toBe(0)
    expect(await store.takeInTurn([burn])).toBe(0)
    // The refused step was stored; the limits after it were not counted.
    expect(burnt).toEqual([[], [1, 0]])
    expect(await store.takeInTurn([perIp.step('ip'), perPhone.step('phone')])).toBe(2)
    // The address is now over its limit: the phone is not counted for the refused attempt.
    expect(await store.takeInTurn([perIp.step('ip'), perPhone.step('phone')])).toBe(0)
    expect([await perPhone.take('phone'), await perPhone.take('phone'), await perPhone.take('phone'), await perPhone.take('phone')]).toEqual([true, true, true, false])
  })

  it('should hold the limit across processes racing on the same key', { timeout: 30_000 }, async () => {
    const file = path.join(dir, 'race.db')
    createSharedHitStore(file)
    const reports = await race(file, 2, 250, 2_000)
    expect(reports.reduce((sum, report) => sum + report.allowed, 0)).toBe(250)
  })

  it('should still limit when the shared file cannot be opened at all', async () => {
    process.env.ENQUIRY_RATE_STORE = path.join(dir, 'missing-folder', 'rate-limits.db')
    process.env.ENQUIRY_RATE_LOOKUP = '1/60'
    const { limits } = await import('../../src/payload/cases/payload/services/limits')
    expect([await limits.lookupPerIp.take('ip'), await limits.lookupPerIp.take('ip')]).toEqual([true, false])
  })

  it('should fall back to counting in the process when the file cannot be used', async () => {
    const file = path.join(dir, 'broken.db')
    createSharedHitStore(file)
    const warnings: string[] = []
    const store = new SharedHitStore(file, (message) => warnings.push(message))
    store.close()
    const limiter = new RateLimiter(1, 60_000, Date.now, store, 'submitPerIp')
    expect([await limiter.take('ip'), await limiter.take('ip')]).toEqual([true, false])
    expect(warnings).toHaveLength(1)
  })
})

describe('client address behind the front server', () => {
  const listen = (server: Server) =>
    new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))
  const echo = createServer((req, res) => res.end(String(req.headers['x-forwarded-for'])))
  const fronts: Server[] = []
  afterAll(() => [echo, ...fronts].forEach((server) => server.close()))

  const forwardedVia = async (trustForwardedFor: boolean) => {
    const upstream = echo.listening ? `http://127.0.0.1:${(echo.address() as AddressInfo).port}` : await listen(echo)
    const front = createFrontServer({ upstream, cache: new PageCache(mkdtempSync(path.join(dir, 'front-'))), purgeToken: 't', trustForwardedFor })
    fronts.push(front)
    const base = await listen(front)
    return (await fetch(`${base}/enquiry/api/submit`, { method: 'POST', body: 'a=1', headers: { 'x-forwarded-for': '198.51.100.9' } })).text()
  }

  it('should not let a client choose the address the per-IP limits count', async () => {
    expect(await forwardedVia(false)).toBe('127.0.0.1')
  })

  it('should keep the address a trusted proxy passed on', async () => {
    expect(await forwardedVia(true)).toBe('198.51.100.9')
  })
})
