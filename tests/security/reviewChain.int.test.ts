import { describe, expect, it } from 'vitest'

import { useReviewTeam, writeNews } from '../helpers/workflowFixtures'

/**
 * Every way round the review chain on the Local API with a user (what REST, GraphQL and the
 * admin run): each is refused, and the public sees what it saw before.
 */
describe('the review chain holds', () => {
  const { team, step } = useReviewTeam()
  const publicRead = (id: string) =>
    team.payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false, depth: 0 }).then((r) => r.docs[0])
  const stored = (id: string) => team.payload.findByID({ collection: 'news', id, draft: true, depth: 0 })
  const through = async (id: string, until: 'inReview' | 'second' | 'approved' | 'published') => {
    await step(id, team.editor, 'submit')
    if (until === 'inReview') return
    await step(id, team.reviewer, 'approve')
    if (until === 'second') return
    await step(id, team.reviewer2, 'approve')
    if (until === 'published') await step(id, team.publisher, 'publish')
  }

  it('should refuse an author approving their own item', async () => {
    const draft = await writeNews(team.payload, team.reviewer)
    await step(draft.id, team.reviewer, 'submit')
    await expect(step(draft.id, team.reviewer, 'approve')).rejects.toThrow('不能审核或发布自己撰写的稿件')
    expect(await stored(draft.id)).toMatchObject({ workflowState: 'inReview', reviewStage: 'first', approvals: [] })
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse the last editor approving the item', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await team.payload.update({ collection: 'news', id: draft.id, data: { summary: '改一下' }, user: team.reviewer, overrideAccess: false })
    await step(draft.id, team.editor, 'submit')
    await expect(step(draft.id, team.reviewer, 'approve')).rejects.toThrow('不能审核或发布自己最后修改的稿件')
    expect((await stored(draft.id)).approvals).toEqual([])
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse the author publishing their own item', async () => {
    const draft = await writeNews(team.payload, team.publisher)
    await step(draft.id, team.publisher, 'submit')
    await step(draft.id, team.reviewer, 'approve')
    await step(draft.id, team.reviewer2, 'approve')
    await expect(step(draft.id, team.publisher, 'publish')).rejects.toThrow('不能审核或发布自己撰写的稿件')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse one reviewer approving two stages of the same item', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await through(draft.id, 'second')
    await expect(step(draft.id, team.reviewer, 'approve')).rejects.toThrow('同一人不能审核同一稿件的两个环节')
    expect(await stored(draft.id)).toMatchObject({ workflowState: 'inReview', reviewStage: 'second' })
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should turn a Publish-button save by a publisher into a refusal', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await through(draft.id, 'approved')
    await expect(
      team.payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, user: team.publisher, overrideAccess: false }),
    ).rejects.toThrow('发布必须经过审核流程')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse creating an item straight as published', async () => {
    await expect(writeNews(team.payload, team.publisher, { _status: 'published' })).rejects.toThrow('发布必须经过审核流程')
  })

  it('should refuse a bulk publish from the list view', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await expect(
      team.payload.update({
        collection: 'news',
        where: { id: { equals: draft.id } },
        data: { _status: 'published' },
        user: team.publisher,
        overrideAccess: false,
      }),
    ).rejects.toThrow('发布必须经过审核流程')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should refuse an unpublish outside the workflow', async () => {
    const live = (await team.payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]
    const before = await publicRead(live.id)
    await expect(
      team.payload.update({ collection: 'news', id: live.id, data: { _status: 'draft' }, user: team.publisher, overrideAccess: false }),
    ).rejects.toThrow('下线须由终审发布员')
    expect(await publicRead(live.id)).toEqual(before)
  })

  it('should refuse restoring an old version straight back online', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await through(draft.id, 'published')
    await step(draft.id, team.publisher, 'unpublish')
    const { docs } = await team.payload.findVersions({
      collection: 'news',
      where: { and: [{ parent: { equals: draft.id } }, { 'version._status': { equals: 'published' } }] },
      limit: 1,
    })
    await expect(
      team.payload.restoreVersion({ collection: 'news', id: docs[0].id, user: team.publisher, overrideAccess: false }),
    ).rejects.toThrow('历史版本只能恢复为草稿')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should make a duplicate of a published item an unreviewed draft the public does not see', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await through(draft.id, 'published')
    const before = await publicRead(draft.id)
    const copy = await team.payload.duplicate({ collection: 'news', id: draft.id, user: team.editor, overrideAccess: false, depth: 0 })
    expect(copy).toMatchObject({ _status: 'draft', workflowState: 'draft', approvals: [] })
    expect(await publicRead(String(copy.id))).toBeUndefined()
    expect(await publicRead(draft.id)).toEqual(before)
  })

  it('should count one approval per stage when two reviewers approve at the same moment', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await through(draft.id, 'inReview')
    await Promise.allSettled([step(draft.id, team.reviewer, 'approve'), step(draft.id, team.reviewer2, 'approve')])
    const after = await stored(draft.id)
    const users = (after.approvals ?? []).map((approval) => approval.user)
    expect(new Set(users).size).toBe(users.length)
    expect((after.approvals ?? []).map((approval) => approval.stage)).toEqual(['first', 'second'].slice(0, users.length))
    if (after.workflowState === 'approved') expect(users).toHaveLength(2)
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should never leave an edit made during the final approval approved', async () => {
    for (let round = 0; round < 3; round += 1) {
      const draft = await writeNews(team.payload, team.editor)
      await through(draft.id, 'second')
      const edited = `审核中被改 ${round}`
      await Promise.allSettled([
        step(draft.id, team.reviewer2, 'approve'),
        team.payload.update({ collection: 'news', id: draft.id, data: { title: edited }, user: team.editor, overrideAccess: false }),
      ])
      const after = await stored(draft.id)
      if (after.title === edited) expect(after).toMatchObject({ workflowState: 'inReview', reviewStage: 'first', approvals: [] })
    }
  })

  it('should never publish an edit made while the publisher publishes', async () => {
    for (let round = 0; round < 3; round += 1) {
      const draft = await writeNews(team.payload, team.editor)
      await through(draft.id, 'approved')
      const edited = `发布时被改 ${round}`
      await Promise.allSettled([
        step(draft.id, team.publisher, 'publish'),
        team.payload.update({ collection: 'news', id: draft.id, data: { title: edited }, user: team.editor, overrideAccess: false }),
      ])
      expect((await publicRead(draft.id))?.title).not.toBe(edited)
    }
  })
})
