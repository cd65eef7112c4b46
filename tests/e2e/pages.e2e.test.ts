import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { demoNews, demoPolicies, demoStations, demoVeterans } from '../helpers/demoContent'

const published = <T extends { status: string }>(items: T[]) => items.filter((item) => item.status === 'published')

describe('public pages', () => {
  const siteUrl = inject('siteUrl')
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const news = published(demoNews())
  const policies = demoPolicies()
  const stations = demoStations()

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    page = await context.newPage()
  })
  afterAll(() => browser.close())

  const open = async (path: string, status = 200) => {
    const response = await page.goto(`${siteUrl}${path}`)
    expect(response?.status(), path).toBe(status)
    return response!
  }

  /**
   * Opens a search once the worker answering it has built its index to the end: right after the
   * site starts, and under the suite's load, a search may still say the index is being built.
   */
  const openSearch = async (path: string) => {
    const deadline = Date.now() + 40_000
    for (;;) {
      await open(path)
      if ((await page.getByText('站内搜索正在更新').count()) === 0 || Date.now() > deadline) return
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }

  it('should show a news column with pinned items first and working pagination links', async () => {
    await open('/news/notice')
    const first = await page.locator('.va-news-list li').first().textContent()
    expect(first).toContain('置顶')
    expect(await page.locator('meta[name="ColumnType"]').getAttribute('content')).toBe('栏目页')
  })

  it('should show an article with its metadata, government meta tags and neighbours', async () => {
    const item = news[0]
    await open(`/news/${item.category}/${item.slug}`)
    expect(await page.locator('h1').textContent()).toBe(item.title)
    expect(await page.locator('meta[name="ArticleTitle"]').getAttribute('content')).toBe(item.title)
    expect(await page.locator('meta[name="ContentSource"]').getAttribute('content')).toBe(item.source)
    expect(await page.locator('.va-article__meta').textContent()).toContain(`来源:${item.source}`)
    expect(await page.locator('.va-adjacent').textContent()).toContain('上一篇')
  })

  it('should mark a repealed policy and link to the one that replaces it', async () => {
    const repealed = policies.find((policy) => policy.validity === 'repealed' && policy.replacedBy)!
    const replacement = policies.find((policy) => policy.slug === repealed.replacedBy)!
    await open(`/policies/${repealed.slug}`)
    const banner = page.locator('.va-banner')
    expect(await banner.textContent()).toContain('已废止')
    expect(await banner.locator('a').getAttribute('href')).toBe(`/policies/${replacement.slug}`)
    expect(await page.locator('.va-policy-meta').textContent()).toContain('索引号')
  })

  it('should filter policies by validity without JavaScript', async () => {
    await open('/policies?validity=repealed')
    const rows = await page.locator('.va-policy-table tbody tr').count()
    expect(rows).toBe(policies.filter((policy) => policy.validity === 'repealed').length)
  })

  it('should link a policy and its interpretation both ways', async () => {
    await open('/policies')
    await page.goto(`${siteUrl}/interpretations/${(await import('node:fs')).readdirSync('content/interpretations')[0].replace(/\.md$/, '')}`)
    const policyLink = page.locator('.va-source-policy a')
    const href = await policyLink.getAttribute('href')
    await open(href!)
    expect(await page.locator('.va-interpretation-links a').count()).toBeGreaterThan(0)
  })

  it('should show the station hierarchy both ways', async () => {
    const village = stations.find((station) => station.level === 'village' && station.status === 'published')!
    const parent = stations.find((station) => station.slug === village.parent)!
    await open(`/stations/${village.slug}`)
    expect(await page.locator('.va-facts').textContent()).toContain(parent.name)
    await open(`/stations/${parent.slug}`)
    expect(await page.locator('section[aria-labelledby="children-heading"]').textContent()).toContain(village.name)
  })

  it('should filter stations by level', async () => {
    await open('/stations?level=township')
    const count = await page.locator('.va-station-list > li').count()
    expect(count).toBe(stations.filter((station) => station.level === 'township' && station.status === 'published').length)
  })

  it('should list only consenting veterans', async () => {
    await open('/veterans')
    const names = await page.locator('.va-gallery h2').allTextContents()
    for (const veteran of demoVeterans()) {
      if (veteran.consent && veteran.status === 'published') expect(names).toContain(veteran.name)
      if (!veteran.consent) expect(names).not.toContain(veteran.name)
    }
  })

  it('should link a commendation to the people it names', async () => {
    await open('/commendations')
    await page.locator('.va-plain-list a').first().click()
    const honourees = page.locator('section[aria-labelledby="honourees-heading"] a')
    expect(await honourees.count()).toBeGreaterThan(0)
  })

  it('should find Simplified content from a Traditional query, highlighted', async () => {
    await openSearch(`/search?q=${encodeURIComponent('退役軍人服務站')}`)
    expect(await page.locator('.va-search-results li').count()).toBeGreaterThan(0)
    expect(await page.locator('.va-search-results mark').count()).toBeGreaterThan(0)
  })

  it('should filter search results by type', async () => {
    await openSearch(`/search?q=${encodeURIComponent('服务站')}&type=stations`)
    const hrefs = await page.locator('.va-search-results h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs.every((href) => href?.startsWith('/stations/'))).toBe(true)
  })

  it('should search the synonyms of 网站设置 too and say so, and help a reader who found nothing', async () => {
    await openSearch(`/search?q=${encodeURIComponent('退伍')}`)
    expect(await page.locator('.va-search-results li').count()).toBeGreaterThan(0)
    await page.getByText('也搜索了:“退役”').waitFor()
    await openSearch(`/search?q=${encodeURIComponent('优代证')}`)
    expect(await page.locator('.va-search-results li').count()).toBe(0)
    await page.getByRole('link', { name: '优待证', exact: true }).click()
    await page.waitForURL(/q=%E4%BC%98%E5%BE%85%E8%AF%81/)
    expect(await page.locator('.va-search-results li').count()).toBeGreaterThan(0)
    await openSearch(`/search?q=${encodeURIComponent('从未出现的词语组合')}`)
    const help = page.locator('.va-search-help')
    expect(await help.getByRole('link', { name: '留言咨询' }).getAttribute('href')).toBe('/enquiry')
    expect(await help.locator('a[href^="/services/"]').count()).toBeGreaterThan(0)
  })

  it('should page through search results and sort them newest first, keeping the type', async () => {
    await openSearch(`/search?q=${encodeURIComponent('服务站')}&type=news`)
    expect(await page.locator('.va-search-results li').count()).toBe(20)
    await page.locator('.va-pagination a[rel="next"]').click()
    await page.waitForURL(/page=2/)
    expect(await page.locator('.va-search-results').getAttribute('start')).toBe('21')
    await page.getByRole('link', { name: '按时间' }).click()
    await page.waitForURL(/sort=date/)
    expect(page.url()).not.toContain('page=')
    expect(page.url()).toContain('type=news')
    const dates = await page.locator('.va-search-results time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    expect(dates.length).toBe(20)
    expect(dates).toEqual([...dates].sort().reverse())
    await page.getByRole('button', { name: '搜索' }).last().click()
    await page.waitForURL(/sort=date/)
  })

  it('should serve RSS, sitemap.xml and the human sitemap', async () => {
    const rss = await open('/news/work/rss.xml')
    expect(rss.headers()['content-type']).toContain('application/xml')
    const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/news/${news[0].category}/${news[0].slug}`)
    for (const draft of demoNews().filter((item) => item.status === 'draft')) expect(sitemap).not.toContain(draft.slug)
    await open('/sitemap')
    expect(await page.locator('h1').textContent()).toBe('网站地图')
  })

  it('should answer unknown pages with a Chinese 404 page', async () => {
    await open('/no-such-page', 404)
    expect(await page.locator('h1').textContent()).toContain('页面不存在')
  })

  it('should carry the footer identifiers on every page', async () => {
    await open('/accessibility')
    const footer = await page.locator('footer').textContent()
    expect(footer).toContain('网站标识码')
    expect(footer).toContain('ICP备')
    expect(footer).toContain('公网安备')
  })
})

describe('reading modes', () => {
  const siteUrl = inject('siteUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  it('should switch to the elderly mode with a plain link and remember it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/news/work`)
    await page.getByRole('link', { name: '适老模式' }).click()
    expect(new URL(page.url()).pathname).toBe('/news/work')
    expect(await page.locator('html').getAttribute('class')).toContain('va-elderly')
    await page.goto(`${siteUrl}/`)
    expect(await page.locator('html').getAttribute('class')).toContain('va-elderly')
    await context.close()
  })

  it('should offer read-aloud only in the elderly mode', async () => {
    const item = published(demoNews())[0]
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${siteUrl}/news/${item.category}/${item.slug}`)
    expect(await page.locator('script').count()).toBe(0)
    await context.addCookies([{ name: 'va-elderly', value: 'on', url: siteUrl }])
    await page.goto(`${siteUrl}/news/${item.category}/${item.slug}`)
    // Its one script (bundled by Astro, allowed by the page's CSP) runs and shows the button.
    expect(await page.locator('script').count()).toBe(1)
    await page.locator('va-read-aloud button').waitFor({ state: 'visible' })
    await context.close()
  })

  it('should render the Traditional view on the same URL without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/stations`)
    await page.getByRole('link', { name: '繁體' }).click()
    expect(new URL(page.url()).pathname).toBe('/stations')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant')
    expect(await page.locator('h1').textContent()).toContain('退役軍人服務站點')
    await context.close()
  })

  it('should enlarge text without browser zoom', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/`)
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    await page.getByRole('link', { name: '放大字号' }).click()
    const after = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(Number.parseFloat(after)).toBeGreaterThan(Number.parseFloat(before))
    await context.close()
  })
})

describe('keyboard only', () => {
  const siteUrl = inject('siteUrl')

  it('should reach the skip link, the search box and the main navigation by Tab', async () => {
    const browser = await launchBrowser()
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容')
    const reached: string[] = []
    for (let step = 0; step < 20; step += 1) {
      await page.keyboard.press('Tab')
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent?.trim() ?? ''))
    }
    expect(reached).toContain('site-search')
    expect(reached).toContain('政务公开')
    await page.goto(`${siteUrl}/`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await browser.close()
  })
})
