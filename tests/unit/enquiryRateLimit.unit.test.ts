import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { MemoryHitStore, RateLimiter, slideWindow } from '../../src/payload/cases/domain/rateLimit'
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

describe('rate limiter stores', () => {
  it('should keep separate limits apart in one store', () => {
    const store = new MemoryHitStore()
    const perIp = new RateLimiter(1, 1000, () => 0, store, 'submitPerIp')
    const lookups = new RateLimiter(1, 1000, () => 0, store, 'lookupPerIp')
    expect([perIp.take('a'), perIp.take('a'), lookups.take('a')]).toEqual([true, false, true])
  })

  it('should share attempts between two handles on one file, and start empty when created again', () => {
    const file = path.join(dir, 'handles.db')
    createSharedHitStore(file)
    const first = new RateLimiter(3, 60_000, Date.now, new SharedHitStore(file), 'submitPerIp')
    const second = new RateLimiter(3, 60_000, Date.now, new SharedHitStore(file), 'submitPerIp')
    expect([first.take('ip'), second.take('ip'), first.take('ip'), second.take('ip'), first.take('ip')]).toEqual([true, true, true, false, false])
    createSharedHitStore(file)
    expect(new RateLimiter(3, 60_000, Date.now, new SharedHitStore(file), 'submitPerIp').take('ip')).toBe(true)
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
    expect([limits.lookupPerIp.take('ip'), limits.lookupPerIp.take('ip')]).toEqual([true, false])
  })

  it('should fall back to counting in the process when the file cannot be used', () => {
    const file = path.join(dir, 'broken.db')
    createSharedHitStore(file)
    const warnings: string[] = []
    const store = new SharedHitStore(file, (message) => warnings.push(message))
    store.close()
    const limiter = new RateLimiter(1, 60_000, Date.now, store, 'submitPerIp')
    expect([limiter.take('ip'), limiter.take('ip')]).toEqual([true, false])
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
