import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { isWithdrawnAndRemoved } from '../../src/payload/workflow/withdrawnPage'
import { reviewTeam, writeNews } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

describe('editorial workflow', () => {
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

  const step = (id: string, user: User, action: Parameters<typeof performTransition>[1]['input']['action'], extra = {}) =>
    performTransition(payload, { collection: 'news', id, user, input: { action, ...extra } })

  const publicRead = (id: string) =>
    payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false, depth: 0 }).then((r) => r.docs[0])

  it('should take a news item from draft through two reviews to publication', async () => {
    const draft = await writeNews(payload, editor)
    expect(draft.workflowState).toBe('draft')
    await step(draft.id, editor, 'submit')
    await step(draft.id, reviewer, 'approve')
    const second = await step(draft.id, reviewer2, 'approve')
    expect(second.workflowState).toBe('approved')
    expect(await publicRead(draft.id)).toBeUndefined()
    const published = await step(draft.id, publisher, 'publish')
    expect(published._status).toBe('published')
    expect((await publicRead(draft.id))?.title).toBe(draft.title)
  })

  it('should require a reason to return an item and show it to the author', async () => {
    const draft = await writeNews(payload, editor)
    await step(draft.id, editor, 'submit')
    await expect(step(draft.id, reviewer, 'return', { reason: '  ' })).rejects.toThrow('请填写理由')
    const returned = await step(draft.id, reviewer, 'return', { reason: '标题不准确' })
    expect(returned.workflowState).toBe('returned')
    const seenByAuthor = await payload.findByID({ collection: 'news', id: draft.id, draft: true, user: editor, overrideAccess: false })
    expect(seenByAuthor.reviewLog?.at(-1)).toMatchObject({ action: 'return', comment: '标题不准确', stage: 'first' })
  })

  it('should send an approved item back to the first stage when it is edited', async () => {
    const draft = await writeNews(payload, editor)
    await step(draft.id, editor, 'submit')
    await step(draft.id, reviewer, 'approve')
    await step(draft.id, reviewer2, 'approve')
    const edited = await payload.update({
      collection: 'news',
      id: draft.id,
      data: { title: '批准后又改了' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(edited).toMatchObject({ workflowState: 'inReview', reviewStage: 'first', approvals: [] })
  })

  it('should keep the published version public while an edit of it is under review', async () => {
    const live = (await payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]
    await payload.update({ collection: 'news', id: live.id, data: { title: '未审核的修改' }, user: editor, overrideAccess: false })
    expect((await publicRead(live.id))?.title).toBe(live.title)
  })

  it('should record a public change note when an edit of a published item is published', async () => {
    const live = (await payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, page: 2, depth: 0 })).docs[0]
    await payload.update({
      collection: 'news',
      id: live.id,
      data: { summary: '更正了时间', changeNote: '更正活动时间' },
      user: editor,
      overrideAccess: false,
    })
    await step(live.id, editor, 'submit')
    await step(live.id, reviewer, 'approve')
    await step(live.id, reviewer2, 'approve')
    await step(live.id, publisher, 'publish')
    const seen = await publicRead(live.id)
    expect(seen?.changeLog?.map((entry) => entry.note)).toEqual(['更正活动时间'])
    expect(seen?.publishedAt).toBe(live.publishedAt)
  })

  it('should withdraw a published item with a public banner reason', async () => {
    const draft = await writeNews(payload, editor)
    for (const [user, action] of [[editor, 'submit'], [reviewer, 'approve'], [reviewer2, 'approve'], [publisher, 'publish']] as const) {
      await step(draft.id, user, action)
    }
    await step(draft.id, publisher, 'withdraw', { reason: '信息有误,已更正发布', mode: 'banner' })
    const seen = await publicRead(draft.id)
    expect(seen).toMatchObject({ workflowState: 'withdrawn', withdrawal: { mode: 'banner', publicReason: '信息有误,已更正发布' } })
  })

  it('should take a withdrawn-and-removed item off the public site and keep the internal reason private', async () => {
    const draft = await writeNews(payload, editor)
    for (const [user, action] of [[editor, 'submit'], [reviewer, 'approve'], [reviewer2, 'approve'], [publisher, 'publish']] as const) {
      await step(draft.id, user, action)
    }
    await step(draft.id, publisher, 'withdraw', { reason: '涉及个人隐私', mode: 'gone' })
    expect(await publicRead(draft.id)).toBeUndefined()
    expect(await isWithdrawnAndRemoved(payload, 'news', draft.slug!)).toBe(true)
    const staffView = await payload.findByID({ collection: 'news', id: draft.id, user: publisher, overrideAccess: false })
    expect(staffView.withdrawal).toMatchObject({ mode: 'gone', internalReason: '涉及个人隐私' })
  })

  it('should not report an ordinary draft as withdrawn', async () => {
    const draft = await writeNews(payload, editor)
    expect(await isWithdrawnAndRemoved(payload, 'news', draft.slug!)).toBe(false)
  })

  it('should let the seed and system operations publish without a user', async () => {
    const draft = await writeNews(payload, editor)
    const published = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } })
    expect(published).toMatchObject({ _status: 'published', workflowState: 'published' })
  })
})
