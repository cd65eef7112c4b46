import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { performGlobalTransition } from '../../src/payload/workflow/performGlobalTransition'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { plainPng } from '../security/mediaFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { reviewTeam } from '../helpers/workflowFixtures'

const asPublic = { overrideAccess: false } as const

/** 机构概况: leaders, units and the bureau's functions go through review; former leaders and their photos stay private. */
describe('机构概况 through review', () => {
  let payload: Payload
  let editor: User, reviewer: User, reviewer2: User, publisher: User
  let counter = 0

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ editor, reviewer, reviewer2, publisher } = await reviewTeam(payload))
  }, 120_000)
  afterAll(() => releaseTestPayload(payload))

  const publicLeaders = () => payload.find({ collection: 'leaders', pagination: false, depth: 0, sort: 'order', ...asPublic }).then((r) => r.docs)
  const publicMedia = (id: string) =>
    payload.find({ collection: 'media', where: { id: { equals: id } }, depth: 0, ...asPublic }).then((r) => r.docs[0] ?? null)
  const mediaNamed = (name: string) =>
    payload.find({ collection: 'media', where: { originalFilename: { equals: name } }, depth: 0, limit: 1 }).then((r) => r.docs[0])

  /** The leaders' three stages (初审, 复审 by reviewers, 终审 by the publisher), then publication. */
  const throughReview = async (id: string, { submit = true } = {}) => {
    const step = (user: User, action: 'submit' | 'approve' | 'publish') => performTransition(payload, { collection: 'leaders', id, user, input: { action } })
    if (submit) await step(editor, 'submit')
    await step(reviewer, 'approve')
    await step(reviewer2, 'approve')
    await step(publisher, 'approve')
    return step(publisher, 'publish')
  }
  const editLeader = (id: string, data: Record<string, unknown>) =>
    payload.update({ collection: 'leaders', id, data, draft: true, user: editor, overrideAccess: false })

  it('should show the public the seeded current leaders in order, never the former one or their photo', async () => {
    const all = await payload.find({ collection: 'leaders', draft: true, pagination: false, depth: 0 })
    const former = all.docs.find((leader) => leader.inOffice === false)!
    expect(former).toBeDefined()
    const seen = await publicLeaders()
    expect(seen.map((leader) => leader.order)).toEqual([1, 2, 3, 4])
    expect(seen.map((leader) => leader.id)).not.toContain(former.id)
    expect(await publicMedia((await mediaNamed('leader-05.jpg')).id)).toBeNull()
    expect(await publicMedia((await mediaNamed('leader-01.jpg')).id)).not.toBeNull()
    const units = await payload.find({ collection: 'orgUnits', pagination: false, depth: 0, ...asPublic })
    expect(units.docs.filter((unit) => unit.kind === 'internal')).toHaveLength(6)
    expect(units.docs.filter((unit) => unit.kind === 'affiliated')).toHaveLength(2)
  })

  it('should keep a new leader and their photo private until the last stage publishes them', async () => {
    const data = await plainPng(++counter + 40)
    const photo = await payload.create({
      collection: 'media',
      data: { alt: '新任副局长的标准照' },
      file: { data, mimetype: 'image/png', name: `leader-test-${process.pid}-${counter}.png`, size: data.length },
      user: editor,
      overrideAccess: false,
    })
    const leader = await payload.create({
      collection: 'leaders',
      data: { name: '测试领导', position: '副局长', duties: '分管测试工作。', resume: '测试简历。', order: 50, photo: photo.id, slug: `leader-test-${process.pid}-${counter}` },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect((await publicLeaders()).map((entry) => entry.id)).not.toContain(leader.id)
    expect(await publicMedia(String(photo.id))).toBeNull()
    // Approved but not yet published: still private.
    await performTransition(payload, { collection: 'leaders', id: String(leader.id), user: editor, input: { action: 'submit' } })
    await expect(performTransition(payload, { collection: 'leaders', id: String(leader.id), user: publisher, input: { action: 'publish' } })).rejects.toThrow()
    expect(await publicMedia(String(photo.id))).toBeNull()
    await throughReview(String(leader.id), { submit: false })
    expect((await publicLeaders()).map((entry) => entry.id)).toContain(leader.id)
    expect(await publicMedia(String(photo.id))).not.toBeNull()
  })

  it('should show a change of post only once it is published, dated that day, and hide a former leader without deleting them', async () => {
    const [leader] = await publicLeaders()
    const photo = String(leader.photo)
    await editLeader(String(leader.id), { position: '一级调研员' })
    const stillOld = (await publicLeaders()).find((entry) => entry.id === leader.id)!
    expect(stillOld.position).toBe(leader.position)
    expect(stillOld.updatedAt).toBe(leader.updatedAt)

    const before = Date.now()
    await throughReview(String(leader.id))
    const changed = (await publicLeaders()).find((entry) => entry.id === leader.id)!
    expect(changed.position).toBe('一级调研员')
    expect(Date.parse(changed.updatedAt)).toBeGreaterThanOrEqual(before - 1000)

    await editLeader(String(leader.id), { inOffice: false })
    expect((await publicLeaders()).map((entry) => entry.id)).toContain(leader.id)
    await throughReview(String(leader.id))
    expect((await publicLeaders()).map((entry) => entry.id)).not.toContain(leader.id)
    expect(await publicMedia(photo)).toBeNull()
    const kept = await payload.findByID({ collection: 'leaders', id: leader.id, depth: 0, user: editor, overrideAccess: false })
    expect(kept.inOffice).toBe(false)
  })

  it('should publish a change to the functions only after 初审 and the publisher', async () => {
    const published = await payload.findGlobal({ slug: 'bureauProfile', depth: 0, ...asPublic })
    expect(published.functions?.length).toBeGreaterThan(0)
    expect(published.contactStation).toBeTruthy()
    const functions = [...(published.functions ?? []).map(({ text }) => ({ text })), { text: '测试新增的一项职能。' }]
    await payload.updateGlobal({ slug: 'bureauProfile', data: { functions }, draft: true, user: editor, overrideAccess: false })
    expect((await payload.findGlobal({ slug: 'bureauProfile', depth: 0, ...asPublic })).functions).toHaveLength(published.functions!.length)
    const step = (user: User, action: 'submit' | 'approve' | 'publish') => performGlobalTransition(payload, { global: 'bureauProfile', user, input: { action } })
    await step(editor, 'submit')
    await expect(step(publisher, 'publish')).rejects.toThrow()
    await step(reviewer, 'approve')
    await step(publisher, 'publish')
    expect((await payload.findGlobal({ slug: 'bureauProfile', depth: 0, ...asPublic })).functions?.at(-1)?.text).toBe('测试新增的一项职能。')
  })
})
