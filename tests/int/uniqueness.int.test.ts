import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { submitEnquiry } from '../../src/payload/cases'
import { nextIp, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { demoUser, writeNews } from '../helpers/workflowFixtures'

/**
 * Runs on both lanes. A MongoDB wire server stores unique indexes without enforcing them, so on
 * that lane these pass only because our own hooks (src/payload/fields/uniqueValue.ts) refuse the
 * duplicate; on SQLite the hooks answer before the index would, except for the public intake's
 * tracking code, which is left to the index there (databaseEnforcesUnique): the clash below is
 * then the index's refusal, retried with another code.
 */
const codes = vi.hoisted(() => ({ forced: [] as string[] }))
vi.mock('../../src/payload/cases/domain/tracking', async (original) => {
  const actual = await original<typeof import('../../src/payload/cases/domain/tracking')>()
  return { ...actual, generateTrackingCode: () => codes.forced.shift() ?? actual.generateTrackingCode() }
})

const fieldError = (error: unknown) => (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data?.errors?.[0]

describe('uniqueness held by our own code', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => fieldError(error),
    )

  it('should refuse a second news item with a slug already used, drafts included, and a change to a used slug', async () => {
    const editor = await demoUser(payload, 'editor')
    const first = await writeNews(payload, editor, { slug: `unique-slug-${Date.now()}` })
    expect(await refusal(writeNews(payload, editor, { slug: first.slug }))).toMatchObject({ path: 'slug', label: '网址标识', message: expect.stringContaining('网址标识已被') })
    const second = await writeNews(payload, editor)
    expect(
      await refusal(payload.update({ collection: 'news', id: second.id, data: { slug: first.slug }, draft: true, user: editor, overrideAccess: false })),
    ).toMatchObject({ path: 'slug' })
    expect((await payload.count({ collection: 'news', where: { slug: { equals: first.slug } } })).totalDocs).toBe(1)
  })

  it('should let an item keep its own slug when it is saved again', async () => {
    const editor = await demoUser(payload, 'editor')
    const item = await writeNews(payload, editor)
    const saved = await payload.update({ collection: 'news', id: item.id, data: { title: '再次保存' }, draft: true, user: editor, overrideAccess: false })
    expect(saved.slug).toBe(item.slug)
  })

  it('should refuse a policy given an index number another policy holds', async () => {
    const { docs } = await payload.find({ collection: 'policies', where: { indexNumber: { exists: true } }, limit: 1, depth: 0 })
    const taken = docs[0]?.indexNumber
    expect(taken).toBeTruthy()
    const draft = await payload.create({
      collection: 'policies',
      data: { title: '索引号重复测试', slug: `index-dup-${Date.now()}`, _status: 'draft' },
      draft: true,
      depth: 0,
    })
    expect(await refusal(payload.update({ collection: 'policies', id: draft.id, data: { indexNumber: taken }, draft: true }))).toMatchObject({
      path: 'indexNumber',
      message: expect.stringContaining('索引号'),
    })
  })

  it('should draw another tracking code when the first one drawn is taken', async () => {
    const first = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (first.status !== 201) throw new Error(`unexpected ${first.status}`)
    codes.forced.push(first.trackingCode)
    const second = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    expect(second.status).toBe(201)
    expect(codes.forced).toEqual([])
    if (second.status !== 201) return
    expect(second.trackingCode).not.toBe(first.trackingCode)
    expect((await payload.count({ collection: 'enquiries', where: { trackingCode: { equals: first.trackingCode } } })).totalDocs).toBe(1)
  })

  it('should store one case for copies of a submission sent at the same moment, answering each with its code', async () => {
    const input = validSubmission()
    const outcomes = await Promise.all([1, 2, 3].map(() => submitEnquiry(payload, input, { ip: nextIp() })))
    const codesGiven = new Set(outcomes.map((outcome) => (outcome as { trackingCode?: string }).trackingCode))
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([200, 200, 201])
    expect(codesGiven.size).toBe(1)
    expect((await payload.count({ collection: 'enquiries', where: { trackingCode: { in: [...codesGiven] } } })).totalDocs).toBe(1)
  })

  it('should refuse an account with an address another account has, in any letter case, and a change to one', async () => {
    const admin = await demoUser(payload, 'admin')
    const data = { name: '重复邮箱', roles: ['editor' as const], password: 'a-long-password-2026' }
    expect(await refusal(payload.create({ collection: 'users', data: { ...data, email: 'Editor@Demo.Example' }, user: admin, overrideAccess: false }))).toMatchObject({
      path: 'email',
    })
    const other = await payload.create({ collection: 'users', data: { ...data, email: `other-${Date.now()}@demo.example` }, user: admin, overrideAccess: false })
    expect(
      await refusal(payload.update({ collection: 'users', id: other.id, data: { email: 'reviewer@demo.example' }, user: admin, overrideAccess: false })),
    ).toMatchObject({ path: 'email', message: '这个电子邮箱已被其他账号使用' })
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'reviewer@demo.example' } } })).totalDocs).toBe(1)
  })
})
