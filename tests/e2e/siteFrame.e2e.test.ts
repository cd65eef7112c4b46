import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { PREFERENCES } from '../../src/site/lib/preferences'
import { launchBrowser } from '../helpers/browser'
import { TEXT_SIZES } from '../helpers/siteCrawl'

const PHONE = { width: 390, height: 844 }
/** On a phone the page's own content starts within the top 40 % of the first screen. */
const FIRST_SCREEN_SHARE = 0.4
const LARGEST = TEXT_SIZES.at(-1)!
const MENU = ['首页', '机构概况', '新闻动态', '政务公开', '办事服务', '互动交流', '服务站点', '先进典型']
/** A page of each kind: home, a column, a list with filters, a directory, the site map. */
const PATHS = ['/', '/news/work', '/policies', '/stations', '/sitemap']

/** SHOTS_DIR=… keeps screenshots of the phone menu for people to look at. */
const shot = async (page: Page, name: string) => {
  const dir = process.env.SHOTS_DIR
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false })
}

const MODES = [
  { name: 'standard', cookies: {} as Record<string, string>, forcedColors: false },
  { name: '适老模式', cookies: { [PREFERENCES.elderly.cookie]: 'on' }, forcedColors: false },
  { name: '繁體', cookies: { [PREFERENCES.script.cookie]: 'hant' }, forcedColors: false },
  { name: 'high contrast (forced colours)', cookies: {}, forcedColors: true },
]

/**
 * The site frame on a phone: the menu (with search) and the reading settings fold into two
 * details/summary disclosures, which open without JavaScript and by keyboard, so the first screen
 * shows the page (in 适老模式 at the largest size the content once started 1,179 px down).
 * Wide screens keep the menu in view. The footer carries 我为政府网站找错 with the 网站标识码.
 */
describe('site frame', () => {
  const siteUrl = inject('siteUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  const phone = async (cookies: Record<string, string>, forcedColors = false): Promise<[BrowserContext, Page]> => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, forcedColors: forcedColors ? 'active' : 'none' })
    await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, url: siteUrl })))
    return [context, await context.newPage()]
  }

  it('should start the page content in the first screen on a phone, in every mode at every text size', async () => {
    const late: string[] = []
    for (const mode of MODES) {
      for (const size of TEXT_SIZES) {
        const [context, page] = await phone({ ...mode.cookies, [PREFERENCES.size.cookie]: size }, mode.forcedColors)
        for (const pagePath of PATHS) {
          await page.goto(`${siteUrl}${pagePath}`)
          const { main, heading } = await page.evaluate(() => ({
            main: Math.round(document.querySelector('main')!.getBoundingClientRect().top),
            heading: Math.round(document.querySelector('main h1, main h2')!.getBoundingClientRect().top),
          }))
          if (main > PHONE.height * FIRST_SCREEN_SHARE || heading > PHONE.height * 0.75) late.push(`${mode.name} size ${size} ${pagePath}: main at ${main} px, heading at ${heading} px`)
        }
        await context.close()
      }
    }
    expect(late).toEqual([])
  }, 300_000)

  it('should open the folded menu and reading settings by keyboard, without JavaScript (适老模式, largest size)', async () => {
    const [context, page] = await phone({ [PREFERENCES.elderly.cookie]: 'on', [PREFERENCES.size.cookie]: LARGEST })
    await page.goto(`${siteUrl}/news/work`)
    const menu = page.getByRole('navigation', { name: '主导航' })
    await expect(menu.isVisible()).resolves.toBe(false)
    await shot(page, 'menu-closed-elderly-largest')

    // Tab: skip link, site name, then the 菜单 button; Enter opens it.
    const summary = page.locator('summary', { hasText: '菜单' })
    for (let step = 0; step < 5 && !(await summary.evaluate((element) => element === document.activeElement)); step += 1) await page.keyboard.press('Tab')
    await expect(summary.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
    await page.keyboard.press('Enter')
    await menu.waitFor({ state: 'visible' })
    expect((await menu.getByRole('link').allTextContents()).map((text) => text.trim())).toEqual(MENU)
    await expect(menu.getByRole('link', { name: '新闻动态' }).getAttribute('aria-current')).resolves.toBe('page')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-phone')
    // The open menu fits the screen: nothing scrolls sideways (the search box once widened the page).
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }))
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    await shot(page, 'menu-open-elderly-largest')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await menu.waitFor({ state: 'hidden' })

    // The reading settings fold the same way; its links work without JavaScript.
    await page.locator('summary', { hasText: '阅读设置' }).click()
    await shot(page, 'settings-open-elderly-largest')
    await page.getByRole('link', { name: '退出适老模式' }).click()
    expect(new URL(page.url()).pathname).toBe('/news/work')
    expect(await page.locator('html').getAttribute('class')).not.toContain('va-elderly')
    await context.close()
  })

  it('should take phone screenshots of the menu closed and open in 适老模式 at the default size', async () => {
    const [context, page] = await phone({ [PREFERENCES.elderly.cookie]: 'on' })
    await page.goto(`${siteUrl}/`)
    await shot(page, 'menu-closed-elderly')
    await page.locator('summary', { hasText: '菜单' }).click()
    await expect(page.getByRole('navigation', { name: '主导航' }).isVisible()).resolves.toBe(true)
    await shot(page, 'menu-open-elderly')
    await context.close()
  })

  it('should keep the menu and reading settings in view on a wide screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/policies`)
    const menu = page.getByRole('navigation', { name: '主导航' })
    expect((await menu.getByRole('link').allTextContents()).map((text) => text.trim())).toEqual(MENU)
    await expect(menu.getByRole('link', { name: '政务公开' }).getAttribute('aria-current')).resolves.toBe('page')
    await expect(page.locator('summary', { hasText: '菜单' }).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('link', { name: '适老模式' }).isVisible()).resolves.toBe(true)
    // The breadcrumb leads with the section.
    expect((await page.getByRole('navigation', { name: '当前位置' }).locator('li').allTextContents()).map((text) => text.trim())).toEqual(['首页', '政务公开', '政策法规'])
    await context.close()
  })

  it('should carry 我为政府网站找错 with the site 网站标识码 in the footer, and link the 政务新媒体 page', async () => {
    const [context, page] = await phone({})
    await page.goto(`${siteUrl}/`)
    const code = await page.locator('meta[name="SiteIDCode"]').getAttribute('content')
    expect(code).toBeTruthy()
    const report = page.getByRole('contentinfo').getByRole('link', { name: '我为政府网站找错' })
    expect(await report.getAttribute('href')).toContain(code!)
    await page.getByRole('contentinfo').getByRole('link', { name: '政务新媒体' }).click()
    expect(new URL(page.url()).pathname).toBe('/new-media')
    const accounts = page.locator('.va-accounts__item')
    expect(await accounts.count()).toBeGreaterThanOrEqual(2)
    // Each QR picture is served (published settings make it public).
    const sources = await page.locator('.va-accounts__item img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).getAttribute('src')!))
    expect(sources.length).toBe(await accounts.count())
    for (const source of sources) {
      const response = await fetch(new URL(source, siteUrl))
      expect(response.status, source).toBe(200)
      expect(response.headers.get('content-type'), source).toMatch(/^image\//)
    }
    await context.close()
  })
})
