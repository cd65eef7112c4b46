import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { PREFERENCES } from '../../src/site/lib/preferences'
import { launchBrowser } from '../helpers/browser'
import { CRAWL_MINIMUM, crawlPaths, DISPLAY_MODES, TEXT_SIZES } from '../helpers/siteCrawl'

const PHONE_WIDTH = 390

/**
 * In the page: what is wrong with it on a phone. The page must not scroll sideways, and every
 * link or button in a list must meet WCAG 2.2 SC 2.5.8 (target size, minimum): at least 24 CSS px
 * high, or spaced so that a 24 px circle centred on it touches no other target (nor the circle of
 * another undersized one). Links inside running text (article bodies) are exempt, as 2.5.8 says.
 */
const inspect = () => {
  const MIN = 24
  const problems: string[] = []
  const root = document.scrollingElement!
  if (root.scrollWidth > root.clientWidth) {
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`)
    problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} (${wide.slice(0, 3).join(', ')})`)
  }
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
  }
  const targets = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')].filter(visible)
  const inLists = targets.filter((element) => element.matches('li a, li button') && !element.closest('.va-richtext'))
  const undersized = new Set(inLists.filter((element) => element.getBoundingClientRect().height < MIN - 0.01))
  const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
  const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
    Math.hypot(Math.max(box.left - point.x, 0, point.x - box.right), Math.max(box.top - point.y, 0, point.y - box.bottom))
  for (const element of undersized) {
    const box = element.getBoundingClientRect()
    const own = centre(box)
    const crowded = targets.some((other) => {
      if (other === element || other.contains(element) || element.contains(other)) return false
      const otherBox = other.getBoundingClientRect()
      if (distanceToBox(own, otherBox) < MIN / 2) return true
      if (!undersized.has(other)) return false
      const otherCentre = centre(otherBox)
      return Math.hypot(own.x - otherCentre.x, own.y - otherCentre.y) < MIN
    })
    if (crowded) problems.push(`list target ${Math.round(box.height)} px high and crowded: "${element.textContent?.trim().slice(0, 20)}"`)
  }
  return problems
}

/**
 * No page scrolls sideways on a 390 px phone, in any display mode at any text size, and list
 * links are large enough to tap (/policies once was 537 px wide in 适老模式, 696 px at the largest
 * size, and list links were 21 px high). One browser, one page; the preferences are set as cookies.
 */
describe('phone layout (390 px)', () => {
  const siteUrl = inject('siteUrl')
  let browser: Browser
  let page: Page
  let paths: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 844 } })).newPage()
    paths = await crawlPaths(siteUrl)
  })
  afterAll(() => browser.close())

  it('should not scroll sideways, and list targets should be at least 24 px, on every sitemap URL (one of each page type on MongoDB) in every mode and size', async () => {
    expect(paths.length).toBeGreaterThan(CRAWL_MINIMUM())
    const problems: string[] = []
    for (const mode of DISPLAY_MODES) {
      for (const size of TEXT_SIZES) {
        await page.context().addCookies([
          { name: PREFERENCES.elderly.cookie, value: mode.value, url: siteUrl },
          { name: PREFERENCES.size.cookie, value: size, url: siteUrl },
        ])
        for (const path of paths) {
          const response = await page.goto(`${siteUrl}${path}`)
          expect(response?.status(), path).toBeLessThan(400)
          for (const problem of await page.evaluate(inspect)) problems.push(`${mode.name}, size ${size}, ${path}: ${problem}`)
        }
      }
    }
    expect(problems).toEqual([])
  }, 1_200_000)
})
