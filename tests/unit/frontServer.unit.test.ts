import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PURGE_LOG_PATH } from '../../src/shared'
import { cacheKey } from '../../src/site/server/cacheKey'
import { createFrontServer } from '../../src/site/server/frontServer'
import { PageCache } from '../../src/site/server/pageCache'
import { PublicMedia } from '../../src/site/server/publicMedia'

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))

describe('front server', () => {
  let renders = 0
  let up = true
  let delayMs = 0
  /** A database that does not answer: the render fails only after this long (MongoDB's server selection). */
  let failAfterMs = 0
  let version = 'v1'
  const upstream = createServer((req, res) => {
    if (failAfterMs) {
      setTimeout(() => res.writeHead(500).end(), failAfterMs)
      return
    }
    if (!up) {
      res.writeHead(500).end()
      return
    }
    if (req.method === 'POST') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ host: req.headers.host, forwardedFor: req.headers['x-forwarded-for'] }))
      return
    }
    if (req.url === '/gone' && version === 'v5') {
      res.writeHead(410, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<html><body>已撤销</body></html>')
      return
    }
    renders += 1
    if (delayMs) {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(`<html><body>${version}</body></html>`)
      }, delayMs)
      return
    }
    const headers = req.url?.startsWith('/settings') ? { 'set-cookie': 'va-elderly=on; Path=/' } : {}
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers })
    res.end(`<html><body>${version} ${req.headers.cookie ?? ''}</body></html>`)
  })
  const dir = mkdtempSync(path.join(tmpdir(), 'va-front-'))
  let front: Server
  let base = ''
  const token = 'test-token'
  const purge = () => fetch(`${base}/_cache/purge`, { method: 'POST', headers: { 'x-purge-token': token }, body: '{}' })

  let upstreamUrl = ''
  beforeAll(async () => {
    upstreamUrl = await listen(upstream)
    front = createFrontServer({ upstream: upstreamUrl, cache: new PageCache(dir), purgeToken: token, renderTimeoutMs: 500 })
    base = await listen(front)
  })
  afterAll(() => {
    front.close()
    upstream.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('should render once and then serve from the cache', async () => {
    const first = await fetch(`${base}/news/work`)
    expect(first.headers.get('x-cache')).toBe('MISS')
    const second = await fetch(`${base}/news/work`)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.text()).toContain('v1')
    expect(renders).toBe(1)
  })

  it('should keep a separate copy per reading preference', async () => {
    const elderly = await fetch(`${base}/news/work`, { headers: { cookie: 'va-elderly=on' } })
    expect(elderly.headers.get('x-cache')).toBe('MISS')
    expect(await elderly.text()).toContain('va-elderly=on')
  })

  it('should render again after a purge', async () => {
    version = 'v2'
    expect((await purge()).status).toBe(204)
    const response = await fetch(`${base}/news/work`)
    expect(response.headers.get('x-cache')).toBe('MISS')
    expect(await response.text()).toContain('v2')
  })

  it('should answer a purge only once it has been passed on to the sibling processes', async () => {
    const events: string[] = []
    const relaying = createFrontServer({
      upstream: base,
      cache: new PageCache(mkdtempSync(path.join(tmpdir(), 'va-front-relay-'))),
      purgeToken: token,
      onPurge: () => new Promise<void>((resolve) => setTimeout(() => (events.push('relayed'), resolve()), 150)),
    })
    const relayBase = await listen(relaying)
    try {
      const response = await fetch(`${relayBase}/_cache/purge`, { method: 'POST', headers: { 'x-purge-token': token }, body: '{}' })
      events.push(`answered ${response.status}`)
      expect(events).toEqual(['relayed', 'answered 204'])
    } finally {
      relaying.close()
    }
  })

  it('should refuse a purge without the token', async () => {
    const response = await fetch(`${base}/_cache/purge`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(403)
  })

  it('should serve the last good copy when rendering fails', async () => {
    version = 'v3'
    await purge()
    up = false
    const response = await fetch(`${base}/news/work`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-cache')).toBe('STALE')
    expect(await response.text()).toContain('v2')
    up = true
  })

  it('should answer a Chinese page with 503, not the bare 500, when a render fails and no copy was ever kept', async () => {
    up = false
    const response = await fetch(`${base}/consultations/never-opened`)
    up = true
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    const body = await response.text()
    expect(body).toContain('<html lang="zh-CN">')
    expect(body).toContain('页面暂时无法打开')
    expect(body).toContain('<a href="/">返回首页</a>')
  })

  it('should not keep a reader waiting for a slow render when a copy exists, and refresh it afterwards', async () => {
    version = 'v4'
    delayMs = 1000
    await purge()
    const started = Date.now()
    const response = await fetch(`${base}/news/work`)
    expect(response.headers.get('x-cache')).toBe('STALE')
    expect(Date.now() - started).toBeLessThan(900)
    await new Promise((resolve) => setTimeout(resolve, 1200))
    delayMs = 0
    const refreshed = await fetch(`${base}/news/work`)
    expect(refreshed.headers.get('x-cache')).toBe('HIT')
    expect(await refreshed.text()).toContain('v4')
  })

  it('should answer 410 once a cached page is withdrawn, not the old copy', async () => {
    expect((await fetch(`${base}/gone`)).status).toBe(200)
    version = 'v5'
    await purge()
    const response = await fetch(`${base}/gone`)
    expect(response.status).toBe(410)
    expect(await response.text()).toContain('已撤销')
  })

  it('should gzip for clients that accept it', async () => {
    const response = await fetch(`${base}/news/work`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(await response.text()).toContain('<html>')
  })

  it('should pass preference links through without caching them', async () => {
    const response = await fetch(`${base}/settings/elderly?value=on`, { redirect: 'manual' })
    expect(response.headers.get('x-cache')).toBeNull()
    expect(response.headers.get('set-cookie')).toContain('va-elderly=on')
  })

  it('should pass form posts through with their Host and the reader address', async () => {
    const response = await fetch(`${base}/enquiry/api/submit`, { method: 'POST', body: 'a=1' })
    const echoed = (await response.json()) as { host: string; forwardedFor: string }
    expect(echoed.host).toBe(new URL(base).host)
    expect(echoed.forwardedFor).toContain('127.0.0.1')
  })

  it('should not pass personal cookies to a cached render', async () => {
    const response = await fetch(`${base}/policies`, { headers: { cookie: 'payload-token=secret; va-size=2' } })
    const text = await response.text()
    expect(text).toContain('va-size=2')
    expect(text).not.toContain('payload-token')
  })

  it('should restore pages from disk as stale copies after a restart', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100))
    const restored = new PageCache(dir)
    expect(restored.loadFromDisk()).toBeGreaterThan(0)
    const page = restored.get(cacheKey('GET', '/news/work', undefined))
    expect(page?.generation).toBe(-1)
    expect(page?.body.toString()).toMatch(/<body>v\d/)
  })

  it('should serve copies at once while renders fail, and wait for renders again once one succeeds', async () => {
    const lines: string[] = []
    const watched = createFrontServer({ upstream: upstreamUrl, cache: new PageCache(mkdtempSync(path.join(tmpdir(), 'va-front-failing-'))), purgeToken: token, renderTimeoutMs: 500, log: (line) => lines.push(line) })
    const watchedBase = await listen(watched)
    try {
      for (const page of ['/slow-a', '/slow-b']) expect((await fetch(`${watchedBase}${page}`)).status).toBe(200)
      await fetch(`${watchedBase}/_cache/purge`, { method: 'POST', headers: { 'x-purge-token': token }, body: '{}' })
      failAfterMs = 1200
      const first = Date.now()
      expect((await fetch(`${watchedBase}/slow-a`)).headers.get('x-cache')).toBe('STALE')
      expect(Date.now() - first).toBeGreaterThanOrEqual(450)
      // Once the render behind it has failed, no reader waits the render timeout any more.
      await expect.poll(() => lines.some((line) => line.startsWith('render failed for /slow-a')), { timeout: 10_000, interval: 50 }).toBe(true)
      const next = Date.now()
      expect((await fetch(`${watchedBase}/slow-b`)).headers.get('x-cache')).toBe('STALE')
      expect(Date.now() - next).toBeLessThan(400)
      failAfterMs = 0
      // Renders succeed again: fresh pages come back.
      await expect.poll(async () => (await fetch(`${watchedBase}/slow-a`)).headers.get('x-cache'), { timeout: 10_000, interval: 100 }).toMatch(/^(MISS|HIT)$/)
    } finally {
      failAfterMs = 0
      watched.close()
    }
  })
})

describe('front server with the database down', () => {
  let up = true
  let version = 'v1'
  const files = mkdtempSync(path.join(tmpdir(), 'va-media-'))
  writeFileSync(path.join(files, 'photo.webp'), 'PHOTO-BYTES')
  writeFileSync(path.join(files, 'never-served.webp'), 'SECRET-BYTES')
  const upstream = createServer((req, res) => {
    if (!up) return void res.writeHead(500).end('error')
    if (req.url?.startsWith('/media/')) {
      res.writeHead(200, { 'content-type': 'image/webp' })
      return void res.end('PHOTO-BYTES')
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<html><body>${version} ${req.url}</body></html>`)
  })
  const dir = mkdtempSync(path.join(tmpdir(), 'va-front-down-'))
  const servers: Server[] = []
  let upstreamUrl = ''
  const start = async (cache: PageCache) => {
    const front = createFrontServer({
      upstream: upstreamUrl,
      cache,
      purgeToken: 't',
      renderTimeoutMs: 200,
      media: new PublicMedia(files, path.join(dir, 'public-media.txt')),
    })
    servers.push(front)
    return listen(front)
  }

  beforeAll(async () => {
    upstreamUrl = await listen(upstream)
  })
  afterAll(() => {
    for (const server of [...servers, upstream]) server.close()
    rmSync(dir, { recursive: true, force: true })
    rmSync(files, { recursive: true, force: true })
  })

  it('should serve a page that left memory from its copy on disk', async () => {
    const base = await start(new PageCache(dir, 1))
    for (const page of ['/a', '/b', '/c']) expect((await fetch(`${base}${page}`)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 100))
    up = false
    version = 'v2'
    await fetch(`${base}/_cache/purge`, { method: 'POST', headers: { 'x-purge-token': 't' } })
    for (const page of ['/a', '/b', '/c']) {
      const response = await fetch(`${base}${page}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('x-cache')).toBe('STALE')
      expect(await response.text()).toContain(`v1 ${page}`)
    }
    up = true
  })

  it('should serve after a restart, with the database down, every page served before', async () => {
    up = false
    const base = await start(new PageCache(dir))
    for (const page of ['/a', '/b', '/c']) expect(await (await fetch(`${base}${page}`)).text()).toContain(`v1 ${page}`)
    expect((await fetch(`${base}/never-rendered`)).status).toBe(503)
    up = true
  })

  it('should serve a file served before from disk when the site cannot check it, and no other', async () => {
    const base = await start(new PageCache(null))
    expect(await (await fetch(`${base}/media/photo.webp`)).text()).toBe('PHOTO-BYTES')
    await new Promise((resolve) => setTimeout(resolve, 50))
    up = false
    const photo = await fetch(`${base}/media/photo.webp`)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/webp')
    expect(await photo.text()).toBe('PHOTO-BYTES')
    const never = await fetch(`${base}/media/never-served.webp`)
    expect(never.status).toBe(500)
    expect(await never.text()).not.toContain('SECRET')
    up = true
  })

  it('should keep pages of an older build for failures only, not bring them back into memory', async () => {
    const older = mkdtempSync(path.join(tmpdir(), 'va-front-build-'))
    const before = new PageCache(older, 100, 1000, 'build-1')
    before.set('GET /a ', { status: 200, contentType: 'text/html', body: Buffer.from('<script src="/_astro/old.js"></script>'), generation: 0 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const sameBuild = new PageCache(older, 100, 1000, 'build-1')
    expect(sameBuild.loadFromDisk()).toBe(1)
    const rebuilt = new PageCache(older, 100, 1000, 'build-2')
    expect(rebuilt.loadFromDisk()).toBe(0)
    expect(rebuilt.get('GET /a ')).toBeUndefined()
    expect((await rebuilt.lastGood('GET /a '))?.body.toString()).toContain('old.js')
    rmSync(older, { recursive: true, force: true })
  })

  it('should remember served files across restarts', async () => {
    const memo = new PublicMedia(files, path.join(dir, 'public-media.txt'))
    const res = { writeHead: () => res, end: () => res } as unknown as ServerResponse
    expect(memo.serve('photo.webp', res, true)).toBe(true)
    expect(memo.serve('never-served.webp', res, true)).toBe(false)
  })

  it('should accept only plain media file names', () => {
    expect(PublicMedia.nameOf('/media/photo.webp')).toBe('photo.webp')
    expect(PublicMedia.nameOf('/media/%E7%85%A7%E7%89%87.jpg')).toBe('照片.jpg')
    expect(PublicMedia.nameOf('/media/..%2Fsite.db')).toBeNull()
    expect(PublicMedia.nameOf('/media/sub/photo.webp')).toBeNull()
    expect(PublicMedia.nameOf('/media/.payload-secret')).toBeNull()
    expect(PublicMedia.nameOf('/media/notes.txt')).toBeNull()
  })
})

describe('front server following the purge log (site hosts beside each other)', () => {
  let newest = ''
  let version = 'a'
  const upstream = createServer((req, res) => {
    if (req.url === PURGE_LOG_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ newest }))
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body>${version}</body></html>`)
  })
  let front: Server
  let base = ''
  beforeAll(async () => {
    const upstreamUrl = await listen(upstream)
    front = createFrontServer({ upstream: upstreamUrl, cache: new PageCache(mkdtempSync(path.join(tmpdir(), 'va-front-log-'))), purgeToken: 't', purgeLogPollMs: 50 })
    base = await listen(front)
  })
  afterAll(() => {
    front.close()
    upstream.close()
  })
  const page = async () => {
    const response = await fetch(`${base}/news/log`)
    return { cache: response.headers.get('x-cache'), body: await response.text() }
  }
  /** Asks until the page shows `body` (the log is looked at every 50 ms); fails after 3 s. */
  const until = async (body: string) => {
    const deadline = Date.now() + 3000
    for (;;) {
      const answer = await page()
      if (answer.body.includes(body) || Date.now() > deadline) return answer
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  it('should drop its pages once the log has a purge it was not told of (one sent to another host)', async () => {
    newest = 'p1'
    // The first look drops whatever was cached before it: let it happen.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await page()).toEqual({ cache: 'MISS', body: expect.stringContaining('a') })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await page()).toEqual({ cache: 'HIT', body: expect.stringContaining('a') })
    version = 'b'
    expect((await page()).body).toContain('a')
    newest = 'p2'
    expect((await until('b')).body).toContain('b')
  })

  it('should not drop its pages again for a purge it was told of directly', async () => {
    version = 'c'
    newest = 'p3'
    const told = await fetch(`${base}/_cache/purge`, { method: 'POST', headers: { 'x-purge-token': 't' }, body: JSON.stringify({ collection: 'news', purge: 'p3' }) })
    expect(told.status).toBe(204)
    expect((await page()).body).toContain('c')
    version = 'd'
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await page()).toEqual({ cache: 'HIT', body: expect.stringContaining('c') })
  })

  it('should not show the log to the public', async () => {
    expect((await fetch(`${base}${PURGE_LOG_PATH}`)).status).toBe(404)
  })
})

describe('front server with Astro in the same process', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'va-front-inproc-'))
  const overLoopback: string[] = []
  const inProcess: string[] = []
  const upstream = createServer((req, res) => {
    overLoopback.push(`${req.method} ${req.url}`)
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<html><body>rendered</body></html>')
  })
  let front: Server
  let base = ''
  beforeAll(async () => {
    const upstreamUrl = await listen(upstream)
    front = createFrontServer({
      upstream: upstreamUrl,
      cache: new PageCache(dir),
      purgeToken: 't',
      astro: (req, res) => {
        inProcess.push(`${req.method} ${req.url}`)
        let body = ''
        req.setEncoding('utf8')
        req.on('data', (chunk: string) => (body += chunk))
        req.on('end', () => {
          res.writeHead(201, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ body, forwardedFor: req.headers['x-forwarded-for'], proto: req.headers['x-forwarded-proto'] }))
        })
      },
    })
    base = await listen(front)
  })
  afterAll(() => {
    front.close()
    upstream.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('should hand a form post to Astro directly, with its body, the reader’s address and the baseline headers', async () => {
    const response = await fetch(`${base}/enquiry/api/submit`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body: '{"a":1}' })
    expect(response.status).toBe(201)
    // Not behind a proxy of our own: the address a client wrote itself is not believed.
    expect(await response.json()).toEqual({ body: '{"a":1}', forwardedFor: '127.0.0.1', proto: 'http' })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(inProcess).toEqual(['POST /enquiry/api/submit'])
    expect(overLoopback).toEqual([])
  })

  it('should still render cacheable pages over the loopback connection', async () => {
    const response = await fetch(`${base}/news/work`)
    expect(response.headers.get('x-cache')).toBe('MISS')
    expect(overLoopback).toEqual(['GET /news/work'])
    expect(inProcess).toEqual(['POST /enquiry/api/submit'])
  })
})
