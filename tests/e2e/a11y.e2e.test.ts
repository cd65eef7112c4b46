import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { CRAWL_MINIMUM, crawlPaths, onePerPageType } from '../helpers/siteCrawl'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe-core on every URL of sitemap.xml in the normal mode and one of each page type in 适老模式 and 繁體 (one of each type in all modes on the MongoDB lane). */
describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  const siteUrl = inject('siteUrl')
  let browser: Browser
  let urls: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    urls = await crawlPaths(siteUrl)
    urls.push('/no-such-page', '/search?q=%E6%9C%8D%E5%8A%A1%E7%AB%99', '/search?q=%E6%9C%8D%E5%8A%A1%E7%AB%99&type=news&sort=date&page=2')
  })
  afterAll(() => browser.close())

  for (const mode of ['normal', 'elderly', 'traditional'] as const) {
    it(`should find no violations on any sitemap URL in the ${mode} mode`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      if (mode === 'elderly') await context.addCookies([{ name: 'va-elderly', value: 'on', url: siteUrl }])
      if (mode === 'traditional') await context.addCookies([{ name: 'va-script', value: 'hant', url: siteUrl }])
      const page = await context.newPage()
      const violations: string[] = []
      // Every URL in the normal mode: what varies from one URL to the next is content. The other
      // two modes change style and script, which are the same for every page of a type, so they
      // visit one URL of each type (axe on every URL in three modes had grown to 20 minutes).
      const visited = mode === 'normal' ? urls : onePerPageType(urls)
      // The browser's own complaints count too: a refused inline style (CSP) once cost a guide page Lighthouse points.
      let current = ''
      page.on('console', (message) => {
        // The 404 page's own status is the one error that belongs there.
        if (message.type() === 'error' && !(current === '/no-such-page' && message.text().includes('404'))) violations.push(`${current}: console: ${message.text().slice(0, 160)}`)
      })
      expect(urls.length).toBeGreaterThan(CRAWL_MINIMUM())
      expect(visited.length).toBeGreaterThan(10)
      for (const url of visited) {
        current = url
        await page.goto(`${siteUrl}${url}`)
        const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze()
        for (const violation of result.violations) {
          violations.push(`${url}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`)
        }
      }
      await context.close()
      expect(violations).toEqual([])
      // axe takes 2–4 s a page on a 2-core machine and a mode visits ~160 URLs (316 s a mode measured).
    }, 1_200_000)
  }
})
