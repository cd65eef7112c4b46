import { randomInt, randomUUID } from 'node:crypto'
import { request } from 'node:http'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_LIMITS } from '../../src/payload/cases/domain/rateLimit'

import { sameSitePath } from '../../src/payload/rules/sameSitePath'
import { launchBrowser } from '../helpers/browser'

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** One raw request (the path exactly as written, no redirect followed), from a loopback address of the test's choosing. */
const send = (url: string, path: string, options: { method?: string; from?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        path,
        method: options.method ?? 'GET',
        agent: false,
        localAddress: options.from,
        headers: { origin: target.origin, connection: 'close', ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })

const octet = () => randomInt(2, 250)

/** The per-IP submission limit the stack runs with (ENQUIRY_RATE_IP, as cases/payload/services/limits.ts reads it). */
const ipLimit = () => {
  const [count, seconds] = (process.env.ENQUIRY_RATE_IP ?? '').split('/').map(Number)
  return count > 0 && seconds > 0 ? count : DEFAULT_LIMITS.submitPerIp.limit
}

/** The directives of a Content-Security-Policy header, by name. */
const directives = (csp: string): Record<string, string[]> =>
  Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  )

const FILE_POLICY = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] }

describe('public site: return addresses, headers, the enquiry challenge and the client address', () => {
  const siteUrl = inject('siteUrl')
  let browser: Browser
  let pages: string[] = []

  const expectCommonHeaders = (answer: Answer, where: string) => {
    expect(answer.headers['x-content-type-options'], where).toBe('nosniff')
    expect(answer.headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin')
    expect(answer.headers['x-frame-options'], where).toBe('DENY')
    // The e2e stack runs over plain HTTP (no SITE_URL): no HSTS.
    expect(answer.headers['strict-transport-security'], where).toBeUndefined()
  }

  const expectPagePolicy = (answer: Answer, where: string) => {
    const policy = directives(String(answer.headers['content-security-policy'] ?? ''))
    expect(policy['default-src'], where).toEqual(["'self'"])
    expect(policy['script-src']?.[0], where).toBe("'self'")
    expect(policy['script-src']?.slice(1).every((source) => source.startsWith("'sha256-")), where).toBe(true)
    expect(policy['style-src']?.slice(1).every((source) => source.startsWith("'sha256-")), where).toBe(true)
    expect(policy['object-src'], where).toEqual(["'none'"])
    expect(policy['base-uri'], where).toEqual(["'self'"])
    expect(policy['form-action'], where).toEqual(["'self'"])
    expect(policy['frame-ancestors'], where).toEqual(["'none'"])
    return policy
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
    pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
  })
  afterAll(() => browser.close())

  describe('open redirect', () => {
    it.each([
      ['a backslash after the slash', '/%5Cevil.example/x'],
      ['a tab between the slashes', '/%09/evil.example'],
      ['two backslashes', '%5C%5Cevil.example'],
      ['a protocol-relative address', '//evil.example/x'],
      ['an absolute address', 'https://evil.example/'],
      ['dot segments', '/..//evil.example'],
      ['a CR/LF header split', '/%0d%0aSet-Cookie:%20owned=1'],
    ])('should send the reader home, never off-site, for a return address with %s', async (_, back) => {
      const answer = await send(siteUrl, `/settings/size?value=1&back=${encodeURIComponent(decodeURIComponent(back))}`)
      expect(answer.status).toBe(303)
      expect(answer.headers.location).toBe('/')
      expect(String(answer.headers['set-cookie'])).not.toContain('owned')
      expect(String(answer.headers['set-cookie'])).toContain('va-size=1')
      expectCommonHeaders(answer, back)
    })

    it('should still return to the page the reader came from', async () => {
      const answer = await send(siteUrl, `/settings/size?value=1&back=${encodeURIComponent('/policies?topic=pension#list')}`)
      expect(answer.headers.location).toBe('/policies?topic=pension#list')
    })

    it.each(['//evil.example/', '/%5Cevil.example/', '/%09/evil.example/', '/%5C%5Cevil.example'])(
      'should answer the path %s on this site, never with a Location off it, and never a 500',
      async (path) => {
        const answer = await send(siteUrl, path)
        expect(answer.status).toBeLessThan(500)
        if (answer.headers.location) expect(sameSitePath(String(answer.headers.location))).toBe(answer.headers.location)
      },
    )
  })

  describe('security headers', () => {
    it('should give every page type and the 404 its strict policy, rendered and from the cache', async () => {
      expect(pages.length).toBeGreaterThan(50)
      const urls = [...pages, '/no-such-page', '/search?q=%E6%9C%8D%E5%8A%A1%E7%AB%99', '/enquiry', '/enquiry/track', '/stations/map']
      for (const url of urls) {
        for (const pass of ['first', 'again']) {
          const answer = await send(siteUrl, url)
          const where = `${url} (${pass}, ${answer.headers['x-cache'] ?? 'live'})`
          expect(answer.status, where).toBe(url === '/no-such-page' ? 404 : 200)
          expectCommonHeaders(answer, where)
          const policy = expectPagePolicy(answer, where)
          expect(policy['img-src'], where).toEqual(url === '/stations/map' ? expect.arrayContaining(["'self'", 'data:']) : ["'self'"])
          if (url === '/stations/map') expect(policy['img-src'].some((source) => source.startsWith('https://')), where).toBe(true)
        }
      }
    }, 300_000)

    it('should let files, feeds, data and redirects load and run nothing', async () => {
      // A demo veteran's page: the home page shows whatever news other test files published last.
      const profile = (await send(siteUrl, '/veterans/zhou-jianguo')).body
      const picture = profile.match(/(?:src|srcset)="(\/media\/[^"\s]+)/)?.[1]
      expect(picture).toBeTruthy()
      const feed = pages.find((url) => /^\/news\/[^/]+$/.test(url))!
      for (const url of [picture!, '/sitemap.xml', `${feed}/rss.xml`, '/enquiry/statistics.csv', '/enquiry/api/challenge', '/settings/size?value=0&back=/']) {
        const answer = await send(siteUrl, url)
        expect(answer.status, url).toBeLessThan(400)
        expectCommonHeaders(answer, url)
        expect(directives(String(answer.headers['content-security-policy'])), url).toMatchObject(FILE_POLICY)
      }
    })

    it('should serve a file to GET and HEAD only: a POST never looks for one (patches/@astrojs+node)', async () => {
      const file = await send(siteUrl, '/favicon.svg')
      expect(file.status).toBe(200)
      expect(String(file.headers['content-type'])).toContain('image/svg+xml')
      // The submit endpoint's posts skip the file lookup (two file-system calls per request,
      // about 0.2 ms of CPU); a post to a file's address is the site's to answer, not the file.
      const posted = await send(siteUrl, '/favicon.svg', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      expect(posted.status).toBeGreaterThanOrEqual(400)
      expect(String(posted.headers['content-type'])).not.toContain('image/svg+xml')
      expect(posted.body).not.toContain('<svg')
    })

    /** Opens a page in Chromium and collects every CSP violation it reports. */
    const violationsOn = async (page: Page, url: string, ready: () => Promise<unknown>) => {
      const seen: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) seen.push(`${url}: ${message.text()}`)
      })
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`))
      })
      await page.goto(`${siteUrl}${url}`)
      await ready()
      return seen
    }

    it('should run the enquiry island, the read-aloud button and the map under the policy, with no violation', { timeout: 120_000 }, async () => {
      const article = pages.find((url) => /^\/news\/[^/]+\/[^/]+$/.test(url))!
      const seen: string[] = []
      for (const cookies of [[], [{ name: 'va-elderly', value: 'on' }], [{ name: 'va-elderly', value: 'on' }, { name: 'va-script', value: 'hant' }]]) {
        const context = await browser.newContext()
        await context.addCookies(cookies.map((cookie) => ({ ...cookie, url: siteUrl })))
        await context.route(
          (url) => url.origin !== new URL(siteUrl).origin,
          (route) => route.abort('connectionfailed'),
        )
        const elderly = cookies.length > 0
        const island = await context.newPage()
        seen.push(...(await violationsOn(island, '/enquiry', () => island.waitForSelector('astro-island:not([ssr])'))))
        // Hydrated, the form passes the check by proof of work: the written sum is gone.
        await expect.poll(() => island.locator('#enquiry-answer').count()).toBe(0)
        const reading = await context.newPage()
        seen.push(
          ...(await violationsOn(reading, article, () => (elderly ? reading.locator('va-read-aloud button').waitFor({ state: 'visible' }) : reading.waitForLoadState('load')))),
        )
        const map = await context.newPage()
        seen.push(...(await violationsOn(map, '/stations/map', () => map.locator('.va-map-marker').first().waitFor())))
        await context.close()
      }
      // Tiles are refused by the route above (no network here), not by the policy.
      expect(seen).toEqual([])
    })
  })

  describe('enquiry challenge', () => {
    const submission = async (from: string, extra: Record<string, unknown> = {}) => {
      const challenge = JSON.parse((await send(siteUrl, '/enquiry/api/challenge', { from })).body) as { token: string; question: string }
      const [a, b] = challenge.question.match(/\d+/g)!.map(Number)
      return {
        kind: 'question',
        subject: '咨询优待证办理地点',
        body: '请问退役军人优待证在哪里办理,需要带哪些材料?谢谢。',
        name: '张三',
        phone: `139${String(randomInt(0, 1e8)).padStart(8, '0')}`,
        consent: true,
        submissionKey: randomUUID(),
        challenge: challenge.token,
        answer: String(a + b),
        ...extra,
      }
    }
    const submit = (from: string, data: Record<string, unknown>, headers: Record<string, string> = {}) =>
      send(siteUrl, '/enquiry/api/submit', { method: 'POST', from, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(data) })

    it('should accept a solved token for one submission and refuse every replay, whichever worker answers', { timeout: 60_000 }, async () => {
      const from = `127.${octet()}.${octet()}.${octet()}`
      const first = await submission(from)
      const accepted = await submit(from, first)
      expect(accepted.status).toBe(201)
      // The same token with new submissions (a new key each, so none is a retry), in parallel on separate connections.
      const replays = await Promise.all([1, 2, 3, 4, 5].map(() => submit(from, { ...first, submissionKey: randomUUID(), phone: '13900000000' })))
      for (const replay of replays) {
        expect(replay.status).toBe(400)
        expect(JSON.parse(replay.body)).toEqual({ errors: { answer: '这道验证问题已经用过,请回答新的验证问题后重新提交' } })
      }
      // A retry of the stored submission still gets its own code back, and a fresh token still passes.
      const retry = await submit(from, first)
      expect(retry.status).toBe(200)
      expect(JSON.parse(retry.body).trackingCode).toBe(JSON.parse(accepted.body).trackingCode)
      expect((await submit(from, await submission(from))).status).toBe(201)
    })

    it('should count a client that writes its own X-Forwarded-For under its own address', { timeout: 120_000 }, async () => {
      const from = `127.${octet()}.${octet()}.${octet()}`
      const statuses: number[] = []
      for (let index = 0; index <= ipLimit(); index += 1) {
        const answer = await submit(from, await submission(from), { 'x-forwarded-for': `198.51.100.${index + 1}` })
        statuses.push(answer.status)
      }
      expect(statuses).toEqual([...Array(ipLimit()).fill(201), 429])
      // Another reader is not affected.
      expect((await submit(`127.${octet()}.${octet()}.${octet()}`, await submission(from))).status).toBe(201)
    })
  })
})
