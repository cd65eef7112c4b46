import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { demoNews } from '../helpers/demoContent'

describe('public site', () => {
  const siteUrl = inject('siteUrl')
  let browser: Browser
  let page: Page
  const news = demoNews()
  const published = news.filter((item) => item.status === 'published')
  const drafts = news.filter((item) => item.status === 'draft')

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  })
  afterAll(() => browser.close())

  it('should list the latest published news on the home page and no draft', async () => {
    const response = await page.goto(`${siteUrl}/`)
    expect(response?.status()).toBe(200)
    const titles = await page.locator('main a').allTextContents()
    const latest = [...published].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
    expect(titles).toContain(latest.title)
    expect(drafts.length).toBeGreaterThan(0)
    for (const draft of drafts) expect(titles).not.toContain(draft.title)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  })

  it('should open an article from the home page', async () => {
    await page.goto(`${siteUrl}/`)
    const link = page.locator('main a').first()
    const title = await link.textContent()
    await link.click()
    await expect(page.locator('h1').textContent()).resolves.toBe(title)
    expect(await page.locator('#article-body p').count()).toBeGreaterThan(0)
  })

  it('should answer 404 for a draft article', async () => {
    const draft = drafts[0]
    const response = await page.goto(`${siteUrl}/news/${draft.category}/${draft.slug}`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toContain('页面不存在')
    expect(await page.content()).not.toContain(draft.title)
  })

  it('should ship no JavaScript on reading pages', async () => {
    await page.goto(`${siteUrl}/`)
    expect(await page.locator('script').count()).toBe(0)
  })
})
