import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getGuideForEnquiry, getPolicy, getServiceGuide, getServiceGuides, getStation } from '../../src/site/lib/content'
import { queryEngine } from '../../src/site/lib/search/engine'
import { getSiteMap } from '../../src/site/lib/siteMap'
import { completeGuide } from '../helpers/guideFixture'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/**
 * 办事服务 as the public site reads it: guides ↔ policies ↔ stations both ways, published only and
 * with no more than the links need; the enquiry form's ?guide= validated on the server.
 */
describe('办事指南 on the public site', () => {
  let payload: Payload
  const PUBLISHED = 'preferential-card-application'
  const DRAFT = 'draft-guide-for-site-test'
  const POLICY = 'np-station-management-2026'
  const STATION = 'chengguan-town'

  beforeAll(async () => {
    payload = await getTestPayload()
    const id = async (collection: 'policies' | 'stations', slug: string) =>
      String((await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0].id)
    // A complete guide on the same policy and station, saved as a draft only: the public must never see it.
    await payload.create({
      collection: 'serviceGuides',
      data: { ...completeGuide({ policy: await id('policies', POLICY), station: await id('stations', STATION) }), title: '草稿事项', slug: DRAFT } as never,
      draft: true,
    })
  })
  afterAll(() => releaseTestPayload(payload))

  it('should list the published guides only, for the index', async () => {
    const slugs = (await getServiceGuides()).map((guide) => guide.slug)
    expect(slugs).toContain(PUBLISHED)
    expect(slugs.length).toBeGreaterThanOrEqual(12)
    expect(slugs).not.toContain(DRAFT)
  })

  it('should show a guide with its policies and stations, and no draft guide', async () => {
    const guide = await getServiceGuide(PUBLISHED)
    expect(guide?.basis?.map((policy) => typeof policy === 'object' && policy.slug)).toContain(POLICY)
    const station = guide?.places?.find((place) => typeof place === 'object' && place.slug === STATION)
    expect(station).toMatchObject({ name: expect.any(String), phone: expect.any(String), openingHours: expect.any(String) })
    // Only what the page shows of a station: not its photos, honours or story.
    expect(Object.keys(station as object)).not.toContain('story')
    const form = guide?.materials?.find((row) => row.blankForm)?.blankForm
    expect(form).toMatchObject({ mimeType: 'application/pdf', url: expect.stringMatching(/\.pdf$/) })
    expect(await getServiceGuide(DRAFT)).toBeNull()
  })

  it('should list on a policy and a station the published guides resting on them, as titles and slugs only', async () => {
    for (const doc of [await getPolicy(POLICY), await getStation(STATION)]) {
      const guides = (doc?.guides?.docs ?? []) as { title: string; slug: string }[]
      expect(guides.map((guide) => guide.slug)).toContain(PUBLISHED)
      expect(guides.map((guide) => guide.slug)).not.toContain(DRAFT)
      expect(JSON.stringify(doc?.guides)).not.toContain('草稿事项')
      for (const guide of guides) expect(Object.keys(guide).sort()).toEqual(['id', 'slug', 'title'])
    }
  })

  it('should read a station and a policy page as often as readers ask (the guides join carries nothing from one read to the next)', async () => {
    // Each read once added its access condition to a shared join object; after ~75 views SQLite refused the query.
    for (let view = 0; view < 150; view += 1) {
      expect((await getStation(STATION))?.guides?.docs?.length, `station view ${view}`).toBeGreaterThan(0)
      expect((await getPolicy(POLICY))?.guides?.docs?.length, `policy view ${view}`).toBeGreaterThan(0)
    }
  }, 120_000)

  it('should preselect only a published guide named by a well-formed ?guide=', async () => {
    expect(await getGuideForEnquiry(PUBLISHED)).toEqual({ title: '退役军人优待证申领', slug: PUBLISHED, topics: [expect.any(String)] })
    for (const value of [DRAFT, 'no-such-guide', '../admin', 'A'.repeat(101), '', null]) {
      expect(await getGuideForEnquiry(value), String(value)).toBeNull()
    }
  })

  it('should put every published guide and its 一次告知单 in the sitemap, and no draft', async () => {
    const section = (await getSiteMap()).find((entry) => entry.href === '/services')
    const hrefs = section?.pages.map((page) => page.href) ?? []
    expect(hrefs).toEqual(expect.arrayContaining([`/services/${PUBLISHED}`, `/services/${PUBLISHED}/checklist`]))
    expect(hrefs.some((href) => href.includes(DRAFT))).toBe(false)
  })

  it('should find guides by what they ask for, not drafts', async () => {
    const searchIndex = await import('../../src/site/lib/search/searchIndex')
    const state = await searchIndex.syncIndex(searchIndex.emptyIndex())
    const urls = (query: string) => queryEngine(state.engine, query).hits.map((hit) => hit.url)
    expect(urls('光荣牌悬挂申请表')).toContain('/services/honour-plaque-hanging')
    expect(urls('草稿事项').some((url) => url.includes(DRAFT))).toBe(false)
  })
})
