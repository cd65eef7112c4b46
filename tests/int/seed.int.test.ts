import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { consultationPhase } from '../../src/payload/constants/consultations'
import { seed } from '../../src/payload/seed/seed'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const SEEDED: CollectionSlug[] = ['news', 'policies', 'interpretations', 'serviceGuides', 'consultations', 'pages', 'stations', 'veterans', 'commendations', 'leaders', 'orgUnits', 'media', 'users']

const snapshot = async (payload: Payload) => {
  const result: Record<string, unknown> = {}
  for (const collection of SEEDED) {
    const { docs } = await payload.find({ collection, draft: true, pagination: false, depth: 0, sort: 'createdAt' })
    result[collection] = docs.map((doc) => [doc.id, (doc as { updatedAt?: string }).updatedAt])
  }
  return result
}

describe('seed', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  it('should load the demo content the issue asks for', async () => {
    const count = (collection: CollectionSlug) => payload.count({ collection }).then((result) => result.totalDocs)
    expect(await count('news')).toBeGreaterThanOrEqual(30)
    expect(await count('policies')).toBeGreaterThanOrEqual(10)
    expect(await count('stations')).toBeGreaterThanOrEqual(15)
    expect(await count('veterans')).toBeGreaterThanOrEqual(8)
    expect(await count('commendations')).toBeGreaterThanOrEqual(2)
    expect(await count('interpretations')).toBeGreaterThanOrEqual(5)
    expect(await count('serviceGuides')).toBeGreaterThanOrEqual(12)
    const levels = await payload.find({ collection: 'stations', draft: true, pagination: false, select: { level: true } })
    expect(new Set(levels.docs.map((station) => station.level))).toEqual(new Set(['county', 'township', 'village']))
    const repealed = await payload.count({ collection: 'policies', where: { validity: { not_equals: 'in_force' } } })
    expect(repealed.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('should link a guide to the policies it rests on and the stations that handle it, both ways', async () => {
    const guide = (await payload.find({ collection: 'serviceGuides', where: { slug: { equals: 'hardship-assistance' } }, depth: 0 })).docs[0]
    const policy = (await payload.find({ collection: 'policies', where: { slug: { equals: 'np-assistance-2025' } }, depth: 0 })).docs[0]
    const station = (await payload.find({ collection: 'stations', where: { slug: { equals: 'qingshi-shangtang-village' } }, depth: 0 })).docs[0]
    expect(guide.basis).toEqual([policy.id])
    expect(guide.places).toContain(station.id)
    // Other guides may rest on the same policy (丧葬补助 does) or be handled at the same station.
    expect(policy.guides?.docs).toContain(guide.id)
    expect(station.guides?.docs).toContain(guide.id)
  })

  it('should load two consultations: one open, one closed with its feedback and linked to the policy it led to', async () => {
    const { docs } = await payload.find({ collection: 'consultations', where: { _status: { equals: 'published' } }, depth: 0, pagination: false })
    const phases = docs.map((doc) => consultationPhase(doc))
    expect(phases).toContain('open')
    const closed = docs.find((doc) => consultationPhase(doc) === 'closed')!
    expect(closed.hasFeedback).toBe(true)
    const policy = (await payload.find({ collection: 'policies', where: { id: { equals: closed.finalPolicy } }, depth: 0 })).docs[0]
    expect(policy.consultations?.docs).toEqual([closed.id])
  })

  it('should process seeded photos through sharp into WebP sizes', async () => {
    const { docs } = await payload.find({ collection: 'media', limit: 1, where: { mimeType: { equals: 'image/jpeg' } } })
    expect(docs[0].sizes?.card?.mimeType).toBe('image/webp')
    expect(docs[0].sizes?.thumbnail?.width).toBe(320)
    expect(docs[0].url).toBe(`/media/${docs[0].filename}`)
  })

  it('should change nothing when run a second time', async () => {
    const before = await snapshot(payload)
    const report = await seed(payload)
    expect(Object.values(report).every((entry) => entry.created === 0)).toBe(true)
    expect(await snapshot(payload)).toEqual(before)
  })
})
