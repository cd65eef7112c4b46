import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NEWS_CATEGORIES } from '../../src/payload/constants/news'
import { NEWS_COLUMN_ORDER, neighbourQueries, sortOf } from '../../src/site/lib/content/listOrder'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/**
 * 上一篇/下一篇 are the items above and below in the column's public list, found with the same
 * order the list is sorted by. On the seeded columns (pinned items, dates entered in +08:00) the
 * 优待证 notice's 上一篇 once was the notice itself.
 */
describe('previous/next in a column', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  const asPublic = { overrideAccess: false, draft: false, depth: 0, select: { slug: true, pinned: true, publishedAt: true, createdAt: true } } as const

  it('should give every item of every column the neighbours it has in the list', async () => {
    for (const category of NEWS_CATEGORIES) {
      const scope = { category: { equals: category } }
      const list = (await payload.find({ collection: 'news', where: scope, sort: sortOf(NEWS_COLUMN_ORDER), pagination: false, ...asPublic })).docs
      expect(list.length, category).toBeGreaterThan(1)
      for (const [index, item] of list.entries()) {
        const queries = neighbourQueries(NEWS_COLUMN_ORDER, scope, item)
        const find = async (query: typeof queries.before) =>
          query ? ((await payload.find({ collection: 'news', ...query, ...asPublic })).docs[0]?.slug ?? null) : null
        expect([await find(queries.before), await find(queries.after)], `${category} #${index} ${item.slug}`).toEqual([
          list[index - 1]?.slug ?? null,
          list[index + 1]?.slug ?? null,
        ])
      }
    }
  })

  it('should store a publication date entered with an offset as UTC, so dates compare as times', async () => {
    const card = (await payload.find({ collection: 'news', where: { slug: { equals: 'notice-preferential-card-collection-2026' } }, ...asPublic })).docs[0]
    // Seeded as 2026-11-06T15:00:00+08:00.
    const same = await payload.count({ collection: 'news', where: { publishedAt: { greater_than_equal: card.publishedAt, less_than_equal: card.publishedAt } } })
    expect(same.totalDocs).toBe(1)
    const later = await payload.count({ collection: 'news', where: { and: [{ slug: { equals: card.slug } }, { publishedAt: { greater_than: card.publishedAt } }] } })
    expect(later.totalDocs).toBe(0)
  })
})
