import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { GUIDE_ELEMENTS } from '../../src/payload/constants/serviceGuides'
import { launchBrowser } from '../helpers/browser'
import { demoServiceGuides } from '../helpers/demoContent'

/** 办事服务 read without JavaScript: the index, a guide, its 一次告知单, the links from stations and policies, and 我要咨询此事项. */
describe('办事服务 (service guides)', () => {
  const siteUrl = inject('siteUrl')
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const guide = demoServiceGuides().find((item) => item.slug === 'preferential-card-application')!

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

  it('should group the guides by life event and by audience', async () => {
    await open('/services')
    for (const heading of ['按办事主题找', '按服务对象找', '退役报到', '烈士褒扬', '退役军人', '优抚对象', '军属', '烈属']) {
      await expect(page.getByRole('heading', { name: heading, exact: true }).count(), heading).resolves.toBeGreaterThan(0)
    }
    expect(await page.locator(`main a[href="/services/${guide.slug}"]`).count()).toBeGreaterThanOrEqual(2)
    expect(await page.locator('script').count()).toBe(0)
  })

  it('should show every element of a guide, linked to its policies and stations, with its forms to download', async () => {
    await page.click(`main a[href="/services/${guide.slug}"] >> nth=0`)
    await expect(page.locator('h1').textContent()).resolves.toBe(guide.title)
    const text = (await page.locator('main').textContent()) ?? ''
    for (const element of ['title', 'serviceType', 'basis', 'conditions', 'materials', 'steps', 'statutoryLimit', 'promisedLimit', 'fee', 'places', 'hours', 'consultPhone', 'complaintPhone', 'faq', 'online'] as const) {
      expect(text, element).toContain(GUIDE_ELEMENTS[element])
    }
    for (const step of guide.steps) expect(text).toContain(step.title)
    expect(text).toContain('原件和复印件')
    expect(await page.locator(`main a[href="/policies/${guide.basis[0]}"]`).count()).toBe(1)
    expect(await page.locator(`main a[href="/stations/${guide.places[0]}"]`).count()).toBe(1)
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(2)
    const form = page.locator('main a[download]').first()
    const pdf = await page.request.get(new URL((await form.getAttribute('href'))!, siteUrl).href)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    expect(await page.locator('script').count()).toBe(0)
  })

  it('should print the 一次告知单 without the site’s header and footer, readable in 适老模式', async () => {
    await open(`/services/${guide.slug}`)
    await page.getByRole('link', { name: '打印一次告知单' }).click()
    expect(new URL(page.url()).pathname).toBe(`/services/${guide.slug}/checklist`)
    await expect(page.locator('h1').textContent()).resolves.toContain('一次告知单')
    expect(await page.locator('.va-materials > li').count()).toBe(guide.materials.length)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.va-header').isVisible()).toBe(false)
    expect(await page.locator('.va-footer').isVisible()).toBe(false)
    expect(await page.locator('.va-materials').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
    await context.addCookies([{ name: 'va-elderly', value: 'on', url: siteUrl }])
    await open(`/services/${guide.slug}/checklist`)
    expect(await page.locator('html').getAttribute('class')).toContain('va-elderly')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await context.clearCookies()
  })

  it('should open the enquiry form with the service preselected, without JavaScript', async () => {
    await open(`/services/${guide.slug}`)
    await page.getByRole('link', { name: '我要咨询此事项' }).first().click()
    expect(new URL(page.url()).searchParams.get('guide')).toBe(guide.slug)
    await expect(page.locator('#enquiry-subject').inputValue()).resolves.toBe(`咨询:${guide.title}`)
    expect(await page.locator('#enquiry-kind-question').isChecked()).toBe(true)
    expect(await page.locator(`#enquiry-about a[href="/services/${guide.slug}"]`).count()).toBe(1)
    // Anything but a published guide preselects nothing.
    await open('/enquiry?guide=no-such-guide')
    await expect(page.locator('#enquiry-subject').inputValue()).resolves.toBe('')
    expect(await page.locator('#enquiry-about').count()).toBe(0)
  })

  it('should list on a station page and a policy page the guides handled there or based on it', async () => {
    for (const path of [`/stations/${guide.places[0]}`, `/policies/${guide.basis[0]}`]) {
      await open(path)
      const link = page.locator(`main a[href="/services/${guide.slug}"]`)
      expect(await link.count(), path).toBe(1)
      await link.click()
      await expect(page.locator('h1').textContent()).resolves.toBe(guide.title)
    }
  })

  it('should pass axe on the index, a guide and its 一次告知单 in the standard and 适老模式 views', async () => {
    // axe runs in the page: this context has JavaScript (the pages themselves have none).
    const violations: string[] = []
    for (const elderly of [false, true]) {
      const axeContext = await browser.newContext({ viewport: { width: 390, height: 844 } })
      if (elderly) await axeContext.addCookies([{ name: 'va-elderly', value: 'on', url: siteUrl }])
      const axePage = await axeContext.newPage()
      for (const path of ['/services', `/services/${guide.slug}`, `/services/${guide.slug}/checklist`]) {
        await axePage.goto(`${siteUrl}${path}`)
        const result = await new AxeBuilder({ page: axePage as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        for (const violation of result.violations) violations.push(`${elderly ? 'elderly' : 'normal'} ${path}: ${violation.id} ${violation.nodes[0]?.target.join(' ')}`)
      }
      await axeContext.close()
    }
    expect(violations).toEqual([])
  }, 180_000)

  it('should announce new guides in an RSS feed', async () => {
    const feed = await page.request.get(`${siteUrl}/services/rss.xml`)
    expect(feed.status()).toBe(200)
    expect(await feed.text()).toContain(`/services/${guide.slug}</link>`)
  })
})
