import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { describe, expect, inject, it } from 'vitest'

import type { BureauFile } from '../../src/payload/seed/contentTypes'
import { readYaml } from '../../src/payload/seed/readContent'
import { usePhoneReader } from '../helpers/browser'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const bureau = readYaml<BureauFile>(path.resolve('content'), 'bureau.yaml')
const current = bureau.leaders.filter((leader) => leader.inOffice !== false && leader.status === 'published')
const former = bureau.leaders.filter((leader) => leader.inOffice === false)

/** The 机构概况 page: what it shows, without JavaScript, in every reading mode. */
describe('机构概况 (/about)', () => {
  const siteUrl = inject('siteUrl')
  const open = usePhoneReader(siteUrl)

  it('should show the functions, the current leaders in order, the units with their phones and the contact, with no script', async () => {
    const page = await open('/about')
    expect(await page.locator('h1').textContent()).toBe('机构概况')
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('.va-about-updated time').count()).toBe(1)
    expect(await page.locator('#functions li').count()).toBe(bureau.profile.functions.length)
    expect(await page.locator('.va-leaders h3').allTextContents()).toEqual(current.map((leader) => leader.name))
    const text = await page.locator('main').textContent()
    for (const leader of former) expect(text).not.toContain(leader.name)
    // Every current leader's photo is served (published content uses it).
    for (const src of await page.locator('.va-leaders img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src))) {
      expect((await page.request.get(src)).status(), src).toBe(200)
    }
    expect(await page.locator('.va-leaders img').count()).toBe(current.length)
    // A portrait keeps its shape: the picture drawn is taller than wide, never cropped to a landscape size.
    for (const image of await page.locator('.va-leaders img').all()) await image.scrollIntoViewIfNeeded()
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.va-leaders img')].every((image) => image.complete && image.naturalWidth > 0), null, { timeout: 30_000 })
    const drawn = await page.locator('.va-leaders img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalHeight / (image as HTMLImageElement).naturalWidth))
    for (const ratio of drawn) expect(ratio).toBeGreaterThan(1)
    expect(await page.locator('#internal .va-units > li').count()).toBe(bureau.units.filter((unit) => unit.kind === 'internal').length)
    expect(await page.locator('#affiliated .va-units > li').count()).toBe(bureau.units.filter((unit) => unit.kind === 'affiliated').length)
    expect(await page.locator('#internal a[href^="tel:"]').count()).toBe(6)
    const map = page.locator('#contact a[href^="/stations/"]')
    expect(await map.getAttribute('href')).toBe(`/stations/${bureau.profile.contactStation}`)
    await map.click()
    expect(await page.locator('h1').textContent()).toBe('南屏县退役军人服务中心')
  })

  it('should be in sitemap.xml and the 网站地图, and found by search at its section', async () => {
    const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain(`${siteUrl}/about</loc>`)
    const page = await open('/sitemap')
    expect(await page.locator('main a[href="/about"]').count()).toBeGreaterThan(0)
    const unit = bureau.units.find((entry) => entry.slug === 'care-and-honour')!
    await page.goto(`${siteUrl}/search?q=${encodeURIComponent(unit.name)}`)
    expect(await page.locator(`main a[href="/about#unit-${unit.slug}"]`).count()).toBeGreaterThan(0)
    await page.goto(`${siteUrl}/search?q=${encodeURIComponent(former[0].name)}`)
    expect(await page.locator('main a[href^="/about#leader-"]').count()).toBe(0)
  })

  it('should read in 繁體', async () => {
    const page = await open('/about', 'traditional')
    expect(await page.locator('h1').textContent()).toBe('機構概況')
  })

  for (const mode of ['normal', 'elderly', 'traditional', 'contrast'] as const) {
    it(`should find no accessibility violations in the ${mode} mode`, async () => {
      const page = await open('/about', mode, true)
      const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze()
      expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([])
      // The closing note's screenshot: the bureau page on a 390 px phone in 适老模式.
      if (mode === 'elderly' && process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, 'about-elderly-390.png'), fullPage: true })
      if (mode === 'elderly' && process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, 'about-elderly-390-first-screen.png') })
    }, 120_000)
  }
})
