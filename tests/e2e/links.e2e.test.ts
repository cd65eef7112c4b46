import { readdirSync, readFileSync } from 'node:fs'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { parseMarkdown } from '../../src/payload/seed/readContent'
import { apiToken } from '../helpers/adminApi'
import { launchBrowser } from '../helpers/browser'
import { demoPolicies, demoStations } from '../helpers/demoContent'
import { internalLink, paragraphWithLink } from '../helpers/lexicalLinks'

/** Links a reader follows: internal links in articles, phone and directions links, the 政策解读 column, replaced policies, the feed page. */
describe('links on the public site', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  const stations = demoStations().filter((station) => station.status === 'published')
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    page = await context.newPage()
  })
  afterAll(() => browser.close())

  const open = async (path: string) => {
    const response = await page.goto(`${siteUrl}${path}`)
    expect(response?.status(), path).toBe(200)
    return response!
  }

  it('should publish an internal link made in the admin as a link to the public page', async () => {
    const token = (name: string) => apiToken(adminUrl, `${name}@demo.example`)
    const [editor, reviewer, reviewer2, publisher] = await Promise.all(['editor', 'reviewer', 'reviewer2', 'publisher'].map(token))
    const api = async (as: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${adminUrl}/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `JWT ${as}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = await response.json()
      expect(response.ok, `${method} ${path}: ${JSON.stringify(json)}`).toBe(true)
      return json
    }
    const policy = demoPolicies().find((item) => item.validity === 'in_force')!
    const policyId = (await api(editor, 'GET', `/policies?where[slug][equals]=${policy.slug}&depth=0`)).docs[0].id
    const slug = `internal-link-e2e-${Date.now()}`
    const body = paragraphWithLink('办理前请先阅读', internalLink(policy.title, 'policies', policyId))
    const { doc } = await api(editor, 'POST', '/news?draft=true', { title: '内部链接测试文章', category: 'work', source: '本站', slug, body })
    for (const [who, action] of [[editor, 'submit'], [reviewer, 'approve'], [reviewer2, 'approve'], [publisher, 'publish']] as const) {
      await api(who, 'POST', `/news/${doc.id}/workflow`, { action })
    }
    await expect.poll(async () => (await fetch(`${siteUrl}/news/work/${slug}`)).status, { timeout: 30_000 }).toBe(200)
    await open(`/news/work/${slug}`)
    const link = page.locator('#article-body a', { hasText: policy.title })
    expect(await link.getAttribute('href')).toBe(`/policies/${policy.slug}`)
    expect(await page.locator('#article-body a[href="#"]').count()).toBe(0)
  })

  it('should list the stations as county, then each township followed by its villages', async () => {
    await open('/stations')
    const listed = await page.locator('.va-station-list h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace('/stations/', '')))
    expect(listed.length).toBe(stations.length)
    expect(stations.find((station) => station.slug === listed[0])!.level).toBe('county')
    for (const station of stations.filter((item) => item.parent && listed.includes(item.parent))) {
      expect(listed.indexOf(station.parent!), station.slug).toBeLessThan(listed.indexOf(station.slug))
    }
  })

  it('should show a station with a tap-to-call number and a directions link', async () => {
    const station = stations.find((item) => item.phone && item.geo)!
    await open(`/stations/${station.slug}`)
    expect(await page.locator('.va-facts a[href^="tel:"]').first().getAttribute('href')).toBe(`tel:${station.phone!.replace(/\D/g, '')}`)
    const directions = new URL((await page.getByRole('link', { name: '用高德地图查看路线和导航' }).getAttribute('href'))!)
    expect(directions.searchParams.get('position')).toBe(`${station.geo!.lng},${station.geo!.lat}`)
  })

  it('should have a 政策解读 column page without JavaScript, in the sitemap', async () => {
    const published = readdirSync('content/interpretations')
      .map((file) => parseMarkdown<{ slug: string; title: string; status: string }>(readFileSync(`content/interpretations/${file}`, 'utf8')).data)
      .filter((item) => item.status === 'published')
    await open('/interpretations')
    expect(await page.locator('h1').textContent()).toBe('政策解读')
    const hrefs = await page.locator('.va-news-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.sort()).toEqual(published.map((item) => `/interpretations/${item.slug}`).sort())
    expect(await page.locator('.va-news-list').textContent()).toContain('解读《')
    expect(await (await fetch(`${siteUrl}/sitemap.xml`)).text()).toContain(`${siteUrl}/interpretations</loc>`)
    expect((await fetch(`${siteUrl}/interpretations?page=99`)).status).toBe(404)
  })

  it('should name the document a policy replaced', async () => {
    const old = demoPolicies().find((policy) => policy.replacedBy && policy.status === 'published')!
    await open(`/policies/${old.replacedBy}`)
    const note = page.locator('.va-replaces')
    expect(await note.textContent()).toContain(`本文件替代《${old.title}》`)
    expect(await note.locator('a').getAttribute('href')).toBe(`/policies/${old.slug}`)
  })

  it('should show a feed in the browser as a Chinese page that explains it, with the stylesheet served as XML', async () => {
    const feed = await (await fetch(`${siteUrl}/news/work/rss.xml`)).text()
    expect(feed).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>')
    const xsl = await fetch(`${siteUrl}/feed.xsl`)
    expect(xsl.status).toBe(200)
    expect(xsl.headers.get('content-type')).toMatch(/^(application\/xml|text\/xsl|application\/xslt\+xml|text\/xml)/)
    expect((await fetch(`${siteUrl}/feed.css`)).headers.get('content-type')).toMatch(/^text\/css/)

    await page.goto(`${siteUrl}/news/work/rss.xml`)
    await page.getByRole('heading', { name: '这是什么?' }).waitFor()
    expect(await page.locator('.feed-url').textContent()).toBe(`${siteUrl}/news/work/rss.xml`)
    expect(await page.locator('.feed-items a').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.feed-help')!).borderLeftStyle)).toBe('solid')
  })
})
