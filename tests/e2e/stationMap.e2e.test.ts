import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { SiteFile } from '../../src/payload/seed/contentTypes'
import { readYaml } from '../../src/payload/seed/readContent'
import { launchBrowser } from '../helpers/browser'
import { demoStations } from '../helpers/demoContent'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The station map is an enhancement: the list works without it, and without the tile service. */
describe('station map', () => {
  const siteUrl = inject('siteUrl')
  const stations = demoStations().filter((station) => station.status === 'published')
  const names = stations.map((station) => station.name).sort()
  const tileHost = new URL(readYaml<SiteFile>(path.resolve('content'), 'site.yaml').siteSettings.map!.tileUrl.replace(/\{[a-z]\}/g, '0')).host
  const isTile = (url: string) => new URL(url).host === tileHost
  let browser: Browser

  /** A phone-sized context whose tile requests are recorded and fail, as they do when the tile service is down. */
  const openContext = async (options: { javaScript?: boolean; cookie?: { name: string; value: string }; touch?: boolean } = {}) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: options.javaScript ?? true,
      ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    })
    if (options.cookie) await context.addCookies([{ ...options.cookie, url: siteUrl }])
    const tileRequests: string[] = []
    await context.route(
      (url) => isTile(url.href),
      (route) => {
        tileRequests.push(route.request().url())
        return route.abort('connectionfailed')
      },
    )
    return { context, page: await context.newPage(), tileRequests }
  }

  const listedNames = async (page: Page) => (await page.locator('.va-station-list h2 a').allTextContents()).sort()

  /** The map view once the script has drawn every marker. */
  const openMap = async (page: Page, query = '') => {
    const response = await page.goto(`${siteUrl}/stations/map${query}`)
    expect(response?.status()).toBe(200)
    await page.locator('.va-map-marker').first().waitFor()
  }

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  it('should ship no script on the directory, contact no tile host, and link to the map view with the filters kept', async () => {
    const { context, page, tileRequests } = await openContext()
    await page.goto(`${siteUrl}/stations?level=village`)
    expect(await page.locator('script').count()).toBe(0)
    const link = page.getByRole('link', { name: '在地图上查看' })
    expect(await link.getAttribute('href')).toBe('/stations/map?level=village')
    expect(tileRequests).toEqual([])
    await link.click()
    await page.locator('.va-map-marker').first().waitFor()
    const villages = stations.filter((station) => station.level === 'village').map((station) => station.name).sort()
    expect(await listedNames(page)).toEqual(villages)
    expect(await page.locator('.va-map-marker').count()).toBe(villages.length)
    await context.close()
    expect(tileRequests.length).toBeGreaterThan(0)
  })

  it('should list every station on the map view with JavaScript disabled, showing no empty map', async () => {
    const { context, page, tileRequests } = await openContext({ javaScript: false })
    await page.goto(`${siteUrl}/stations/map`)
    expect(await listedNames(page)).toEqual(names)
    expect(await page.locator('[data-station-map]').isVisible()).toBe(false)
    expect(await page.locator('main').textContent()).toContain('下方列表列出了全部站点')
    await context.close()
    expect(tileRequests).toEqual([])
  })

  it('should keep the list and draw a linked marker for every station when the tiles fail', async () => {
    const { context, page, tileRequests } = await openContext()
    await openMap(page)
    expect(await listedNames(page)).toEqual(names)
    expect(await page.locator('.va-map-marker').count()).toBe(stations.length)
    const outside = await page.evaluate(() => {
      const box = document.querySelector('.va-map__canvas')!.getBoundingClientRect()
      return [...document.querySelectorAll('.va-map-marker')].filter((marker) => {
        const { x, y, width, height } = marker.getBoundingClientRect()
        return x < box.left || y < box.top || x + width > box.right || y + height > box.bottom
      }).length
    })
    expect(outside).toBe(0)
    await expect.poll(() => page.locator('[data-station-map-status]').textContent()).toContain('地图底图暂时无法加载')
    expect(tileRequests.length).toBeGreaterThan(0)

    const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src))
    expect(scripts.length).toBe(1)
    for (const src of scripts) expect(new URL(src).origin).toBe(new URL(siteUrl).origin)
    const csp = (await fetch(`${siteUrl}/stations/map`)).headers.get('content-security-policy')
    expect(csp).toContain(`img-src 'self' data: https://${tileHost}`)

    const first = page.locator('.va-map-marker').first()
    const name = await first.getAttribute('aria-label')
    expect(names).toContain(name)
    await first.focus()
    await page.keyboard.press('Enter')
    const popupLink = page.locator('.leaflet-popup .va-map-popup__link')
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('va-map-popup__link')
    const station = stations.find((item) => item.name === name)!
    expect(await popupLink.getAttribute('href')).toBe(`/stations/${station.slug}`)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(name)
    await context.close()
  })

  it('should show keyboard help to a mouse computer and touch help to a phone, keyboard help again once the keyboard is in the map', async () => {
    const shown = async (page: Page) => ({
      keys: await page.locator('.va-map__help--keys').isVisible(),
      touch: await page.locator('.va-map__help--touch').isVisible(),
    })
    const phone = await openContext({ touch: true })
    await openMap(phone.page)
    expect(await phone.page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(false)
    expect(await shown(phone.page)).toEqual({ keys: false, touch: true })
    await phone.page.locator('.va-map__skip').focus()
    expect((await shown(phone.page)).keys).toBe(true)
    await phone.context.close()

    const desktop = await openContext()
    await openMap(desktop.page)
    expect(await desktop.page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(true)
    expect(await shown(desktop.page)).toEqual({ keys: true, touch: false })
    await desktop.context.close()
  })

  it('should move focus past the map with the skip link, and let Tab leave the map', async () => {
    const { context, page } = await openContext()
    await openMap(page)
    await page.locator('.va-map__skip').focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('station-list')
    await page.keyboard.press('Tab')
    const firstListed = await page.locator('.va-station-list h2 a').first().textContent()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(firstListed)

    await page.locator('.va-map__canvas').focus()
    let left = false
    for (let step = 0; step < stations.length + 10 && !left; step += 1) {
      await page.keyboard.press('Tab')
      left = await page.evaluate(() => !document.activeElement?.closest('.va-map__canvas'))
    }
    expect(left).toBe(true)
    await context.close()
  })

  it('should show coordinates on a station page and open the map centred on that station', async () => {
    const { context, page } = await openContext()
    const station = stations.find((item) => item.level === 'village')!
    await page.goto(`${siteUrl}/stations/${station.slug}`)
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('.va-facts').textContent()).toContain(`北纬 ${station.geo!.lat}°`)
    const directions = new URL((await page.getByRole('link', { name: '用高德地图查看路线和导航' }).getAttribute('href'))!)
    expect(directions.host).toBe('uri.amap.com')
    expect(directions.searchParams.get('position')).toBe(`${station.geo!.lng},${station.geo!.lat}`)
    expect(directions.searchParams.get('coordinate')).toBe('wgs84')
    await page.getByRole('link', { name: '在地图上查看' }).click()
    expect(new URL(page.url()).search).toBe(`?station=${station.slug}`)
    const popupLink = page.locator('.leaflet-popup .va-map-popup__link')
    await popupLink.waitFor()
    expect(await popupLink.getAttribute('href')).toBe(`/stations/${station.slug}`)
    await context.close()
  })

  for (const mode of ['normal', 'elderly', 'traditional'] as const) {
    it(`should find no axe violations on the map view in the ${mode} mode`, async () => {
      const cookie =
        mode === 'elderly' ? { name: 'va-elderly', value: 'on' } : mode === 'traditional' ? { name: 'va-script', value: 'hant' } : undefined
      const { context, page } = await openContext({ cookie })
      await openMap(page)
      if (mode === 'traditional') expect(await page.locator('h1').textContent()).toBe('服務站點地圖')
      if (mode === 'elderly') expect(await page.locator('.va-map-marker').first().evaluate((node) => (node as HTMLElement).offsetWidth)).toBeGreaterThanOrEqual(40)
      await page.locator('.va-map-marker').first().focus()
      await page.keyboard.press('Enter')
      await page.locator('.leaflet-popup').waitFor()
      const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze()
      expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([])
      await context.close()
    })
  }
})
