import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, rmdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serverBundle } from '../../scripts/lib/buildDirs.mjs'
import { waitForUrl } from '../../scripts/lib/waitForUrl'
import { isCacheable } from '../../src/site/server/cacheKey'
import { freePort } from '../../scripts/mongo/wireServer'
import { launchBrowser } from '../helpers/browser'
import { CRAWL_MINIMUM, crawlPaths } from '../helpers/siteCrawl'
import { commandLine, killTree, processTree, waitUntilClosed } from '../helpers/processTree'
import { databaseUriFor, dropMongoDatabase, testDatabase } from '../helpers/testDatabase'

/**
 * Issue 3's resilience promise: with the back office stopped, or the database unavailable, the
 * public site keeps serving the last good version of every page it served before. This file runs
 * a stack of its own (the shared one stays up for the other files) and breaks it on purpose:
 * on SQLite the database file cannot be opened, on MongoDB the site is restarted against an
 * address where no server answers.
 */
const sitePort = Number(process.env.E2E_SITE_PORT ?? 4411) + 9
const adminPort = Number(process.env.E2E_ADMIN_PORT ?? 3111) + 9
const siteUrl = `http://127.0.0.1:${sitePort}`
const adminUrl = `http://127.0.0.1:${adminPort}`
const ELDERLY = 'va-elderly=on'

/** Opens the home page, scrolls every picture into view and returns the ones that loaded. */
const loadedPictures = async (page: Page): Promise<string[]> => {
  expect((await page.goto(`${siteUrl}/`))?.status()).toBe(200)
  const images = page.locator('main img')
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded()
    await image.evaluate(
      (element: HTMLImageElement) =>
        element.complete ||
        new Promise((resolve) => {
          element.addEventListener('load', resolve, { once: true })
          element.addEventListener('error', resolve, { once: true })
        }),
    )
  }
  return images.evaluateAll((all: HTMLImageElement[]) => all.filter((image) => image.complete && image.naturalWidth > 0).map((image) => image.currentSrc))
}

describe('resilience of the public site', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'va-resilience-'))
  const onMongo = testDatabase() === 'mongodb'
  const mongoDatabase = `va-resilience-${process.pid}`
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URI: onMongo ? databaseUriFor(dataDir, mongoDatabase) : '',
    SITE_PORT: String(sitePort),
    ADMIN_PORT: String(adminPort),
    PAYLOAD_SECRET: 'resilience-test-secret',
  }
  const database = path.join(dataDir, 'site.db')
  const databaseFiles = [database, `${database}-wal`, `${database}-shm`]
  let stack: ChildProcess
  let site: ChildProcess | null = null
  /** The database the restarted site is given: the stack's, or on MongoDB one that does not answer. */
  let siteDatabaseUri = env.DATABASE_URI
  /** What the site answered for each page (normal and 适老模式) and each picture while all was well. */
  const served = new Map<string, string>()
  const pictures = new Map<string, string>()
  const seenOnPhone: string[] = []

  const get = async (url: string, cookie?: string) => {
    const response = await fetch(`${siteUrl}${url}`, { headers: cookie ? { cookie } : {} })
    return { status: response.status, body: await response.text(), state: response.headers.get('x-cache'), kept: isCacheable(response.status, response.headers) }
  }
  const key = (url: string, cookie?: string) => `${cookie ?? ''} ${url}`
  const startSite = async () => {
    // The compiled site process, as npm start runs it (scripts/bundleServers.mjs).
    site = spawn(process.execPath, [path.resolve(serverBundle('site'))], {
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...env, DATABASE_URI: siteDatabaseUri, NODE_ENV: 'production', HOST: '127.0.0.1' },
    })
    await waitForUrl(`${siteUrl}/`, 60_000)
  }
  const stopSite = async (process: ChildProcess | null, launcherPid?: number) => {
    const pid = process?.pid ?? launcherPid
    if (pid) killTree(pid)
    await waitUntilClosed(`${siteUrl}/`)
  }
  const pidOf = (pattern: RegExp) => processTree(stack.pid!).find((pid) => pattern.test(commandLine(pid)))

  beforeAll(async () => {
    stack = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], { detached: true, stdio: ['ignore', 'inherit', 'inherit'], env })
    await Promise.all([waitForUrl(`${siteUrl}/`, 600_000), waitForUrl(`${adminUrl}/admin/login`, 600_000)])

    // Every sitemap URL on SQLite; one of each page type on MongoDB (tests/helpers/siteCrawl.ts).
    const pages = await crawlPaths(siteUrl)
    pages.push('/search?q=%E9%80%80%E5%BD%B9%E5%86%9B%E4%BA%BA', '/news/work/rss.xml', '/news/work?page=2')
    for (const url of pages) {
      for (const cookie of [undefined, ELDERLY]) {
        // The promise covers the pages the site keeps; a live form page (意见征集, no-store) is rendered for each reader.
        const { status, body, kept } = await get(url, cookie)
        if (status === 200 && kept) served.set(key(url, cookie), body)
      }
    }
    const home = served.get(key('/'))!
    for (const [, src] of [...home.matchAll(/src="(\/media\/[^"]+)"/g)].slice(0, 6)) {
      pictures.set(src, Buffer.from(await (await fetch(`${siteUrl}${src}`)).arrayBuffer()).toString('base64'))
    }
    // A reader on a phone: the picture sizes the browser picks are the ones the site serves.
    const browser = await launchBrowser()
    try {
      seenOnPhone.push(...(await loadedPictures(await browser.newPage({ viewport: { width: 390, height: 844 } }))))
    } finally {
      await browser.close()
    }
  }, 900_000)

  afterAll(async () => {
    for (const pid of [stack?.pid, site?.pid]) if (pid) killTree(pid)
    if (onMongo) await dropMongoDatabase(mongoDatabase)
    // The generated enquiry keys live beside the data folder (KEYS_DIR's default).
    for (const dir of [dataDir, `${dataDir}-keys`]) rmSync(dir, { recursive: true, force: true })
  })

  /** A load balancer's questions: /healthz (the process answers) and /readyz (it can do its work). */
  const health = async (base: string, path: string) => {
    const response = await fetch(`${base}${path}`)
    const body = (await response.json()) as { status: string; checks: { name: string; ok: boolean }[] }
    return { status: response.status, cache: response.headers.get('cache-control'), body, failing: body.checks.filter((check) => !check.ok).map((check) => check.name) }
  }

  it('should report the site and the admin ready, uncached, with every check named', async () => {
    const site = await health(siteUrl, '/readyz')
    expect(site.failing).toEqual([])
    expect(site.status).toBe(200)
    expect(site.cache).toBe('no-store')
    expect(site.body.checks.map((check) => check.name).sort()).toEqual(['calendar', 'database', 'disk', 'jobs', 'workers'])
    const admin = await health(adminUrl, '/api/readyz')
    expect(admin.failing).toEqual([])
    expect(admin.status).toBe(200)
    expect((await health(adminUrl, '/api/healthz')).status).toBe(200)
  })

  it('should have served the pages and pictures this test relies on', () => {
    expect(served.size).toBeGreaterThan(CRAWL_MINIMUM() * 2)
    expect(pictures.size).toBeGreaterThan(0)
    expect(seenOnPhone.length).toBeGreaterThan(0)
  })

  it('should keep serving every page unchanged with the back office killed', async () => {
    const admin = pidOf(/server\/admin\.mjs/)
    expect(admin, 'the admin (scripts/adminServer.ts) process').toBeDefined()
    killTree(admin!)
    await waitUntilClosed(`${adminUrl}/admin/login`)

    for (const [entry, body] of served) {
      const [cookie, url] = entry.split(' ')
      const answer = await get(url, cookie || undefined)
      expect(answer.status, url).toBe(200)
      expect(answer.body, url).toBe(body)
    }
    // Not only cached copies: the site reads the database itself and renders new pages.
    const search = await get('/search?q=%E4%BC%98%E5%BE%85')
    expect(search.status).toBe(200)
    expect(search.state).toBe('MISS')
  }, 300_000)

  it('should serve the last good version of every page, and the pictures, with the database unavailable', async () => {
    await stopSite(null, pidOf(/server\/site\.mjs/))
    if (onMongo) {
      const unused = await freePort()
      // Nothing listens there. The driver would look for a server for 30 s per query; 2 s gives the
      // same answers (a copy, or the 503 page) without the wait that made this file the MongoDB lane's longest.
      const down = new URL(env.DATABASE_URI.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${unused}`))
      down.searchParams.set('serverSelectionTimeoutMS', '2000')
      siteDatabaseUri = down.toString()
    } else {
      // The database file cannot be opened: moved away, a directory in its place.
      for (const file of databaseFiles) if (existsSync(file)) renameSync(file, `${file}.away`)
      mkdirSync(database)
    }
    await startSite()

    for (const [entry, body] of served) {
      const [cookie, url] = entry.split(' ')
      const answer = await get(url, cookie || undefined)
      expect(answer.status, url).toBe(200)
      expect(answer.state, url).toBe('STALE')
      expect(answer.body, url).toBe(body)
    }
    for (const [src, bytes] of pictures) {
      const response = await fetch(`${siteUrl}${src}`)
      expect(response.status, src).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).toString('base64'), src).toBe(bytes)
    }
    // Alive, but not ready: a load balancer sends readers elsewhere while the database is away.
    expect((await health(siteUrl, '/healthz')).status).toBe(200)
    const ready = await health(siteUrl, '/readyz')
    expect(ready.status).toBe(503)
    expect(ready.failing).toContain('database')
    // A page never served before, or one rendered for each reader (意见征集), cannot be made up:
    // the reader is told in Chinese, not handed a bare 500.
    for (const url of ['/search?q=%E4%BB%8E%E6%9C%AA%E6%9F%A5%E8%AF%A2', '/consultations']) {
      const answer = await get(url)
      expect(answer.status, url).toBe(503)
      expect(answer.body, url).toContain('页面暂时无法打开')
    }

    const browser = await launchBrowser()
    try {
      const loaded = await loadedPictures(await browser.newPage({ viewport: { width: 390, height: 844 } }))
      expect(loaded.length).toBeGreaterThan(0)
      expect(loaded.sort()).toEqual([...seenOnPhone].sort())
    } finally {
      await browser.close()
    }
  }, 600_000)

  it('should render fresh pages again once the database is back', async () => {
    await stopSite(site)
    if (onMongo) siteDatabaseUri = env.DATABASE_URI
    else {
      rmdirSync(database)
      for (const file of databaseFiles) if (existsSync(`${file}.away`)) renameSync(`${file}.away`, file)
    }
    await startSite()
    // The first render after a start may take longer than a reader is kept waiting (the copy is
    // served meanwhile); a fresh render must follow.
    await expect.poll(async () => (await get('/')).state, { timeout: 60_000, interval: 500 }).toMatch(/^(MISS|HIT)$/)
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.body).toBe(served.get(key('/')))
    await expect.poll(async () => (await health(siteUrl, '/readyz')).failing, { timeout: 30_000, interval: 500 }).toEqual([])
  }, 300_000)
})
