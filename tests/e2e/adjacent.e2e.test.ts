import { describe, expect, inject, it } from 'vitest'

import { NEWS_CATEGORIES } from '../../src/payload/constants/news'

const hrefs = (html: string) => [...html.matchAll(/<a\b[^>]*href="([^"]+)"/g)].map((match) => match[1])
const section = (html: string, start: RegExp, end: string) => {
  const from = html.search(start)
  return from < 0 ? '' : html.slice(from, html.indexOf(end, from))
}

/**
 * 上一篇/下一篇 on an article are the items above and below it in its column's list, never the
 * article itself (on the seeded 优待证 notice, 上一篇 once linked to the notice).
 */
describe('上一篇/下一篇', () => {
  const siteUrl = inject('siteUrl')
  const get = async (path: string) => {
    const response = await fetch(`${siteUrl}${path}`)
    expect(response.status, path).toBe(200)
    return response.text()
  }

  it('should follow the column list order on every article of its first page', async () => {
    for (const category of NEWS_CATEGORIES) {
      const list = hrefs(section(await get(`/news/${category}`), /<ul class="va-news-list/, '</ul>'))
      expect(list.length, category).toBeGreaterThan(1)
      for (const [index, href] of list.entries()) {
        const adjacent = section(await get(href), /<nav class="va-adjacent/, '</nav>')
        // Split on the second paragraph: the nav's own aria-label names 下一篇 too.
        const [previous, next] = adjacent.split(/<p\b[^>]*>下一篇/).map((part) => hrefs(part)[0] ?? null)
        expect(previous, `上一篇 on ${href}`).not.toBe(href)
        expect(next, `下一篇 on ${href}`).not.toBe(href)
        expect(previous, `上一篇 on ${href}`).toBe(list[index - 1] ?? null)
        if (index + 1 < list.length) expect(next, `下一篇 on ${href}`).toBe(list[index + 1])
      }
    }
  })
})
