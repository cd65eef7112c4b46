import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { matrixData } from '../helpers/workflowMatrix'

/** What an anonymous reader gets through the Local API with access control on. */
const asPublic = { overrideAccess: false } as const

const PUBLISHED: CollectionSlug[] = ['news', 'policies', 'interpretations', 'serviceGuides', 'consultations', 'pages', 'stations', 'veterans', 'commendations', 'leaders', 'orgUnits']

describe('public reads: drafts, versions and unconsented people stay private', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  it.each(PUBLISHED)('should show the public no draft of %s, even when drafts are asked for', async (collection) => {
    const all = await payload.find({ collection, draft: true, pagination: false, depth: 0 })
    const visible = await payload.find({ collection, draft: true, pagination: false, depth: 0, ...asPublic })
    expect(visible.docs.length).toBeGreaterThan(0)
    expect(visible.docs.every((doc) => (doc as { _status?: string })._status === 'published')).toBe(true)
    expect(visible.docs.length).toBeLessThanOrEqual(all.docs.length)
  })

  it('should hide seeded drafts that staff can see', async () => {
    const drafts = await payload.find({ collection: 'news', draft: true, where: { _status: { equals: 'draft' } } })
    expect(drafts.totalDocs).toBeGreaterThan(0)
    const slug = drafts.docs[0].slug
    const leaked = await payload.find({ collection: 'news', draft: true, where: { slug: { equals: slug } }, ...asPublic })
    expect(leaked.totalDocs).toBe(0)
  })

  it('should hide a veteran without recorded consent', async () => {
    const unconsented = await payload.find({ collection: 'veterans', draft: true, where: { 'consent.given': { not_equals: true } } })
    expect(unconsented.totalDocs).toBeGreaterThan(0)
    const visible = await payload.find({
      collection: 'veterans',
      draft: true,
      where: { id: { in: unconsented.docs.map((doc) => doc.id) } },
      ...asPublic,
    })
    expect(visible.totalDocs).toBe(0)
  })

  it('should refuse the public every version of a reviewed collection', async () => {
    await expect(payload.findVersions({ collection: 'news', ...asPublic })).rejects.toThrow()
  })

  it('should not populate a draft through a published item’s relationship', async () => {
    const policy = await payload.create({ collection: 'policies', data: matrixData('policies', { station: '', policy: '' }) as never, draft: true })
    const interpretation = (await payload.find({ collection: 'interpretations', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]
    // A system save (no user) publishes, as the scheduled job does: the published item now points at a draft.
    await payload.update({ collection: 'interpretations', id: interpretation.id, data: { policy: policy.id, _status: 'published' } })
    const seen = (await payload.find({ collection: 'interpretations', where: { id: { equals: interpretation.id } }, depth: 2, ...asPublic })).docs[0]
    expect(seen.policy).toBe(policy.id)
    expect(JSON.stringify(seen)).not.toContain(policy.title)
  })

  it('should not list a draft 办事指南 under the policy it rests on or the station that handles it', async () => {
    const policy = (await payload.find({ collection: 'policies', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]
    const station = (await payload.find({ collection: 'stations', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]
    const draft = await payload.create({
      collection: 'serviceGuides',
      data: matrixData('serviceGuides', { station: String(station.id), policy: String(policy.id) }) as never,
      draft: true,
    })
    const unrestricted = (await payload.find({ collection: 'policies', where: { id: { equals: policy.id } }, depth: 0 })).docs[0]
    expect(unrestricted.guides?.docs).toContain(draft.id)
    for (const collection of ['policies', 'stations'] as const) {
      const id = collection === 'policies' ? policy.id : station.id
      const seen = (await payload.find({ collection, where: { id: { equals: id } }, depth: 1, ...asPublic })).docs[0]
      expect(JSON.stringify(seen.guides)).not.toContain(String(draft.id))
    }
  })

  it.each(['enquiries', 'users', 'auditLog', 'importReports', 'importFiles', 'redirects', 'enquiryAttachments', 'enquiryRevealLogs', 'consultationOpinions'] as const)('should refuse to list %s', async (collection) => {
    await expect(payload.find({ collection, ...asPublic })).rejects.toThrow()
  })

  it.each(['news', 'policies', 'stations', 'consultations', 'consultationOpinions', 'enquiries', 'users'] as const)('should refuse anonymous writes to %s', async (collection) => {
    await expect(payload.create({ collection, data: {} as never, ...asPublic })).rejects.toThrow()
  })

  it('should let the public read the site settings and navigation', async () => {
    const settings = await payload.findGlobal({ slug: 'siteSettings', ...asPublic })
    expect(settings.siteName).toBeTruthy()
    await expect(payload.updateGlobal({ slug: 'siteSettings', data: { siteName: 'x' }, ...asPublic })).rejects.toThrow()
  })
})
