import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFrontServer } from '../../src/site/server/frontServer'
import { PageCache } from '../../src/site/server/pageCache'
import { PublicMedia } from '../../src/site/server/publicMedia'
import { FILE_CSP } from '../../src/site/lib/securityHeaders'

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))

const PAGE_CSP = "default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self' 'sha256-y'; frame-ancestors 'none'"

/** The headers every answer of the public site must carry. */
const expectSecured = (response: Response, csp: string, https = false) => {
  expect(response.headers.get('content-security-policy')).toBe(csp)
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('strict-transport-security')).toBe(https ? 'max-age=31536000' : null)
}

describe('front server: security headers and the reader address', () => {
  let up = true
  const upstream = createServer((req, res) => {
    if (!up) return void res.writeHead(500).end('error')
    if (req.method === 'POST') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return void res.end(JSON.stringify({ forwardedFor: req.headers['x-forwarded-for'] }))
    }
    if (req.url?.startsWith('/media/')) {
      res.writeHead(200, { 'content-type': 'image/webp' })
      return void res.end('PHOTO')
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP })
    res.end('<html><body>page</body></html>')
  })
  const dir = mkdtempSync(path.join(tmpdir(), 'va-sec-front-'))
  writeFileSync(path.join(dir, 'photo.webp'), 'PHOTO')
  const servers: Server[] = []
  let upstreamUrl = ''
  const start = async (options: { https?: boolean; trustForwardedFor?: boolean; upstream?: string } = {}) => {
    const front = createFrontServer({
      upstream: options.upstream ?? upstreamUrl,
      cache: new PageCache(null),
      purgeToken: 't',
      renderTimeoutMs: 200,
      media: new PublicMedia(dir, null),
      https: options.https,
      trustForwardedFor: options.trustForwardedFor,
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
  })

  it("should send a page's own CSP with the security headers whether rendered, cached or stale", async () => {
    up = true
    const base = await start()
    const miss = await fetch(`${base}/news/work`)
    expect(miss.headers.get('x-cache')).toBe('MISS')
    expectSecured(miss, PAGE_CSP)
    const hit = await fetch(`${base}/news/work`, { headers: { 'accept-encoding': 'gzip' } })
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expectSecured(hit, PAGE_CSP)
    await fetch(`${base}/_cache/purge`, { method: 'POST', headers: { 'x-purge-token': 't' } })
    up = false
    const stale = await fetch(`${base}/news/work`)
    expect(stale.headers.get('x-cache')).toBe('STALE')
    expectSecured(stale, PAGE_CSP)
    expect(await stale.text()).toContain('page')
  })

  it('should let proxied answers, remembered files and its own 503 load and run nothing', async () => {
    up = true
    const base = await start()
    expectSecured(await fetch(`${base}/enquiry/api/submit`, { method: 'POST', body: 'a=1' }), FILE_CSP)
    expectSecured(await fetch(`${base}/media/photo.webp`), FILE_CSP)
    up = false
    const fallback = await fetch(`${base}/media/photo.webp`)
    expect(fallback.headers.get('x-cache')).toBe('STALE')
    expectSecured(fallback, FILE_CSP)

    const closed = createServer()
    const closedUrl = await listen(closed)
    closed.close()
    const unreachable = await start({ upstream: closedUrl })
    const maintenance = await fetch(`${unreachable}/enquiry`, { method: 'POST', body: 'a=1' })
    expect(maintenance.status).toBe(503)
    expectSecured(maintenance, FILE_CSP)
  })

  it('should send HSTS only when the site is served over HTTPS', async () => {
    up = true
    const base = await start({ https: true })
    expectSecured(await fetch(`${base}/policies`), PAGE_CSP, true)
    expectSecured(await fetch(`${base}/enquiry/api/submit`, { method: 'POST', body: 'a=1' }), FILE_CSP, true)
  })

  it('should pass on the address our proxy appended, never one the client wrote', async () => {
    up = true
    const spoofed = { method: 'POST', body: 'a=1', headers: { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' } }
    const behindProxy = await start({ trustForwardedFor: true })
    expect(await (await fetch(`${behindProxy}/enquiry/api/submit`, spoofed)).json()).toEqual({ forwardedFor: '203.0.113.9' })
    const direct = await start()
    expect(await (await fetch(`${direct}/enquiry/api/submit`, spoofed)).json()).toEqual({ forwardedFor: '127.0.0.1' })
  })
})
