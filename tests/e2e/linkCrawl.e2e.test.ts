import { describe, expect, inject, it } from 'vitest'

import { DISPLAY_MODES, eachLimited, internalReferences, sitemapPaths } from '../helpers/siteCrawl'

/**
 * Every internal link on every sitemap URL, in the standard and the 适老模式 view, answers
 * without a 4xx/5xx (the home page's 查询办理进度 once led to a 404). Plain fetch with the
 * preference cookie, so it is fast: no browser.
 */
describe('internal link crawl', () => {
  const siteUrl = inject('siteUrl')

  it('should find no broken internal link on any sitemap page in either display mode', async () => {
    const paths = await sitemapPaths(siteUrl)
    expect(paths.length).toBeGreaterThan(50)
    const broken: string[] = []
    for (const mode of DISPLAY_MODES) {
      const headers = { cookie: mode.cookie }
      /** link → the pages it is on */
      const linkedFrom = new Map<string, Set<string>>()
      await eachLimited(paths, 4, async (path) => {
        const response = await fetch(`${siteUrl}${path}`, { headers })
        if (response.status >= 400) {
          broken.push(`${mode.name}: sitemap page ${path} answered ${response.status}`)
          await response.body?.cancel()
          return
        }
        for (const link of internalReferences(await response.text(), new URL(`${siteUrl}${path}`))) {
          linkedFrom.set(link, (linkedFrom.get(link) ?? new Set()).add(path))
        }
      })
      await eachLimited([...linkedFrom.keys()], 4, async (link) => {
        const response = await fetch(`${siteUrl}${link}`, { headers })
        await response.body?.cancel()
        if (response.status >= 400) {
          const pages = [...linkedFrom.get(link)!]
          broken.push(`${mode.name}: ${link} answered ${response.status}, linked from ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ` and ${pages.length - 5} more` : ''}`)
        }
      })
      expect(linkedFrom.size, `${mode.name}: links found`).toBeGreaterThan(paths.length)
    }
    expect(broken).toEqual([])
  }, 600_000)
})
