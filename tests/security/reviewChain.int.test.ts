import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { reviewTeam, writeNews } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

type Action = Parameters<typeof performTransition>[1]['input']['action']

/**
 * Every way round the review chain on the Local API with a user (what REST, GraphQL and the
 * admin run): each is refused, and the public sees what it saw before.
 */
describe('the review chain holds', () => {
  let payload: Payload
  let editor: User
  let reviewer: User
  let reviewer2: User
  let publisher: User

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ editor, reviewer, reviewer2, publisher } = await reviewTeam(payload))
  })
  afterAll(() => releaseTestPayload(payload))

  const step = (id: string, user: User, action: Action, extra = {}) =>
    performTransition(payload, { collection: 'news', id, user, input: { action, ...extra } })
  const publicRead = (id: string) =>
    payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false, depth: 0 }).then((r) => r.docs[0])
  const stored = (id: string) => payload.findByID({ collection: 'news', id, draft: true, depth: 0 })
  const through = async (id: string, until: 'inReview' | 'second' | 'approved' | 'published') => {
    await step(id, editor, 'submit')
    if (until === 'inReview') return
    await step(id, reviewer, 'approve')
    if (until === 'second') return
    await step(id, reviewer2, 'approve')
    if (until === 'published') await step(id, publisher, 'publish')
  }

  it('should refuse an author approving their own item', async () => {
    const draft = await writeNews(payload, reviewer)
    await step(draft.id, reviewer, 'submit')
    await expect(step(draft.id, reviewer, 'approve')).rejects.toThrow('不能审核或发布自己撰写的稿件')
    expect(await stored(draft.id)).toMatchObject({ workflowState: 'inReview', reviewStage: 'first', approvals: [] })
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse the last editor approving the item', async () => {
    const draft = await writeNews(payload, editor)
    await payload.update({ collection: 'news', id: draft.id, data: { summary: '改一下' }, user: reviewer, overrideAccess: false })
    await step(draft.id, editor, 'submit')
    await expect(step(draft.id, reviewer, 'approve')).rejects.toThrow('不能审核或发布自己最后修改的稿件')
    expect((await stored(draft.id)).approvals).toEqual([])
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse the author publishing their own item', async () => {
    const draft = await writeNews(payload, publisher)
    await step(draft.id, publisher, 'submit')
    await step(draft.id, reviewer, 'approve')
    await step(draft.id, reviewer2, 'approve')
    await expect(step(draft.id, publisher, 'publish')).rejects.toThrow('不能审核或发布自己撰写的稿件')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse one reviewer approving two stages of the same item', async () => {
    const draft = await writeNews(payload, editor)
    await through(draft.id, 'second')
    await expect(step(draft.id, reviewer, 'approve')).rejects.toThrow('同一人不能审核同一稿件的两个环节')
    expect(await stored(draft.id)).toMatchObject({ workflowState: 'inReview', reviewStage: 'second' })
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should turn a Publish-button save by a publisher into a refusal', async () => {
    const draft = await writeNews(payload, editor)
    await through(draft.id, 'approved')
    await expect(
      payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, user: publisher, overrideAccess: false }),
    ).rejects.toThrow('发布必须经过审核流程')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse creating an item straight as published', async () => {
    await expect(writeNews(payload, publisher, { _status: 'published' })).rejects.toThrow('发布必须经过审核流程')
  })

  it('should refuse a bulk publish from the list view', async () => {
    const draft = await writeNews(payload, editor)
    await expect(
      payload.update({
        collection: 'news',
        where: { id: { equals: draft.id } },
        data: { _status: 'published' },
        user: publisher,
        overrideAccess: false,
      }),
    ).rejects.toThrow('发布必须经过审核流程')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse an unpublish outside the workflow', async () => {
    const live = (await payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]
    const before = await publicRead(live.id)
    await expect(
      payload.update({ collection: 'news', id: live.id, data: { _status: 'draft' }, user: publisher, overrideAccess: false }),
    ).rejects.toThrow('下线须由终审发布员')
    expect(await publicRead(live.id)).toEqual(before)
  })

  it('should refuse restoring an old version straight back online', async () => {
    const draft = await writeNews(payload, editor)
    await through(draft.id, 'published')
    await step(draft.id, publisher, 'unpublish')
    const { docs } = await payload.findVersions({
      collection: 'news',
      where: { and: [{ parent: { equals: draft.id } }, { 'version._status': { equals: 'published' } }] },
      limit: 1,
    })
    await expect(
      payload.restoreVersion({ collection: 'news', id: docs[0].id, user: publisher, overrideAccess: false }),
    ).rejects.toThrow('历史版本只能恢复为草稿')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should make a duplicate of a published item an unreviewed draft the public does not see', async () => {
    const draft = await writeNews(payload, editor)
    await through(draft.id, 'published')
    const before = await publicRead(draft.id)
    const copy = await payload.duplicate({ collection: 'news', id: draft.id, user: editor, overrideAccess: false, depth: 0 })
    expect(copy).toMatchObject({ _status: 'draft', workflowState: 'draft', approvals: [] })
    expect(await publicRead(String(copy.id))).toBeUndefined()
    expect(await publicRead(draft.id)).toEqual(before)
  })

  it('should count one approval per stage when two reviewers approve at the same moment', async () => {
    const draft = await writeNews(payload, editor)
    await through(draft.id, 'inReview')
    await Promise.allSettled([step(draft.id, reviewer, 'approve'), step(draft.id, reviewer2, 'approve')])
    const after = await stored(draft.id)
    const users = (after.approvals ?? []).map((approval) => approval.user)
    expect(new Set(users).size).toBe(users.length)
    expect((after.approvals ?? []).map((approval) => approval.stage)).toEqual(['first', 'second'].slice(0, users.length))
    if (after.workflowState === 'approved') expect(users).toHaveLength(2)
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should never leave an edit made during the final approval approved', async () => {
    for (let round = 0; round < 3; round += 1) {
      const draft = await writeNews(payload, editor)
      await through(draft.id, 'second')
      const edited = `审核中被改 ${round}`
      await Promise.allSettled([
        step(draft.id, reviewer2, 'approve'),
        payload.update({ collection: 'news', id: draft.id, data: { title: edited }, user: editor, overrideAccess: false }),
      ])
      const after = await stored(draft.id)
      if (after.title === edited) expect(after).toMatchObject({ workflowState: 'inReview', reviewStage: 'first', approvals: [] })
    }
  })

  it('should never publish an edit made while the publisher publishes', async () => {
    for (let round = 0; round < 3; round += 1) {
      const draft = await writeNews(payload, editor)
      await through(draft.id, 'approved')
      const edited = `发布时被改 ${round}`
      await Promise.allSettled([
        step(draft.id, publisher, 'publish'),
        payload.update({ collection: 'news', id: draft.id, data: { title: edited }, user: editor, overrideAccess: false }),
      ])
      expect((await publicRead(draft.id))?.title).not.toBe(edited)
    }
  })
})
