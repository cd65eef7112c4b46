import { describe, expect, it } from 'vitest'

import { isWithdrawnAndRemoved } from '../../src/payload/workflow/withdrawnPage'
import { useReviewTeam, writeNews } from '../helpers/workflowFixtures'

describe('editorial workflow', () => {
  const { team, step } = useReviewTeam()

  const publicRead = (id: string) =>
    team.payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false, depth: 0 }).then((r) => r.docs[0])

  it('should take a news item from draft through two reviews to publication', async () => {
    const draft = await writeNews(team.payload, team.editor)
    expect(draft.workflowState).toBe('draft')
    await step(draft.id, team.editor, 'submit')
    await step(draft.id, team.reviewer, 'approve')
    const second = await step(draft.id, team.reviewer2, 'approve')
    expect(second.workflowState).toBe('approved')
    expect(await publicRead(draft.id)).toBeUndefined()
    const published = await step(draft.id, team.publisher, 'publish')
    expect(published._status).toBe('published')
    expect((await publicRead(draft.id))?.title).toBe(draft.title)
  })

  it('should require a reason to return an item and show it to the author', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await step(draft.id, team.editor, 'submit')
    await expect(step(draft.id, team.reviewer, 'return', { reason: '  ' })).rejects.toThrow('请填写理由')
    const returned = await step(draft.id, team.reviewer, 'return', { reason: '标题不准确' })
    expect(returned.workflowState).toBe('returned')
    const seenByAuthor = await team.payload.findByID({ collection: 'news', id: draft.id, draft: true, user: team.editor, overrideAccess: false })
    expect(seenByAuthor.reviewLog?.at(-1)).toMatchObject({ action: 'return', comment: '标题不准确', stage: 'first' })
  })

  it('should send an approved item back to the first stage when it is edited', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await step(draft.id, team.editor, 'submit')
    await step(draft.id, team.reviewer, 'approve')
    await step(draft.id, team.reviewer2, 'approve')
    const edited = await team.payload.update({
      collection: 'news',
      id: draft.id,
      data: { title: '批准后又改了' },
      draft: true,
      user: team.editor,
      overrideAccess: false,
    })
    expect(edited).toMatchObject({ workflowState: 'inReview', reviewStage: 'first', approvals: [] })
  })

  it('should keep the published version public while an edit of it is under review', async () => {
    const live = (await team.payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]
    await team.payload.update({ collection: 'news', id: live.id, data: { title: '未审核的修改' }, user: team.editor, overrideAccess: false })
    expect((await publicRead(live.id))?.title).toBe(live.title)
  })

  it('should record a public change note when an edit of a published item is published', async () => {
    const live = (await team.payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, page: 2, depth: 0 })).docs[0]
    await team.payload.update({
      collection: 'news',
      id: live.id,
      data: { summary: '更正了时间', changeNote: '更正活动时间' },
      user: team.editor,
      overrideAccess: false,
    })
    await step(live.id, team.editor, 'submit')
    await step(live.id, team.reviewer, 'approve')
    await step(live.id, team.reviewer2, 'approve')
    await step(live.id, team.publisher, 'publish')
    const seen = await publicRead(live.id)
    expect(seen?.changeLog?.map((entry) => entry.note)).toEqual(['更正活动时间'])
    expect(seen?.publishedAt).toBe(live.publishedAt)
  })

  it('should withdraw a published item with a public banner reason', async () => {
    const draft = await writeNews(team.payload, team.editor)
    for (const [user, action] of [[team.editor, 'submit'], [team.reviewer, 'approve'], [team.reviewer2, 'approve'], [team.publisher, 'publish']] as const) {
      await step(draft.id, user, action)
    }
    await step(draft.id, team.publisher, 'withdraw', { reason: '信息有误,已更正发布', mode: 'banner' })
    const seen = await publicRead(draft.id)
    expect(seen).toMatchObject({ workflowState: 'withdrawn', withdrawal: { mode: 'banner', publicReason: '信息有误,已更正发布' } })
  })

  it('should take a withdrawn-and-removed item off the public site and keep the internal reason private', async () => {
    const draft = await writeNews(team.payload, team.editor)
    for (const [user, action] of [[team.editor, 'submit'], [team.reviewer, 'approve'], [team.reviewer2, 'approve'], [team.publisher, 'publish']] as const) {
      await step(draft.id, user, action)
    }
    await step(draft.id, team.publisher, 'withdraw', { reason: '涉及个人隐私', mode: 'gone' })
    expect(await publicRead(draft.id)).toBeUndefined()
    expect(await isWithdrawnAndRemoved(team.payload, 'news', draft.slug!)).toBe(true)
    const staffView = await team.payload.findByID({ collection: 'news', id: draft.id, user: team.publisher, overrideAccess: false })
    expect(staffView.withdrawal).toMatchObject({ mode: 'gone', internalReason: '涉及个人隐私' })
  })

  it('should not report an ordinary draft as withdrawn', async () => {
    const draft = await writeNews(team.payload, team.editor)
    expect(await isWithdrawnAndRemoved(team.payload, 'news', draft.slug!)).toBe(false)
  })

  it('should let the seed and system operations publish without a user', async () => {
    const draft = await writeNews(team.payload, team.editor)
    const published = await team.payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } })
    expect(published).toMatchObject({ _status: 'published', workflowState: 'published' })
  })
})
