import { createLocalReq, docAccessOperation } from 'payload'
import { describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { REVIEWER_EDIT_REFUSAL } from '../../src/payload/workflow/rules'
import { useReviewTeam, writeNews } from '../helpers/workflowFixtures'

/**
 * 只审不改: a reviewer or publisher who did not write an item may not change it while it is in
 * review or approved, on every path (by id, in bulk, through the Local API with or without access
 * checks), and the admin shows it to them read-only. Returning it hands it back to the writers.
 */
describe('reviewers review, they do not rewrite', () => {
  const { team, step } = useReviewTeam()
  const edit = (id: string, user: User, summary: string, overrideAccess = false) =>
    team.payload.update({ collection: 'news', id, data: { summary }, draft: true, user, overrideAccess })
  const stored = (id: string) => team.payload.findByID({ collection: 'news', id, draft: true, depth: 0 })
  /** What the admin's edit view asks before it shows the form editable. */
  const mayUpdate = async (id: string, user: User) => {
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, team.payload)
    const data = await stored(id)
    const permissions = await docAccessOperation({ id, collection: team.payload.collections.news, data: data as never, req })
    // Payload leaves out what is not allowed.
    return Boolean(permissions.update)
  }

  it('should refuse a reviewer changing an item waiting for their stage, and show it read-only', async () => {
    const draft = await writeNews(team.payload, team.editor, { summary: '作者的摘要' })
    await step(draft.id, team.editor, 'submit')
    await expect(edit(draft.id, team.reviewer, '审核员改写')).rejects.toThrow()
    // Trusted code running with a reviewer as the user is refused too, with the reason.
    await expect(edit(draft.id, team.reviewer, '审核员改写', true)).rejects.toThrow(REVIEWER_EDIT_REFUSAL)
    expect(await stored(draft.id)).toMatchObject({ summary: '作者的摘要', workflowState: 'inReview', reviewStage: 'first' })
    expect(await mayUpdate(draft.id, team.reviewer)).toBe(false)
    expect(await mayUpdate(draft.id, team.editor)).toBe(true)
    // The review itself still goes through.
    await expect(step(draft.id, team.reviewer, 'approve')).resolves.toMatchObject({ reviewStage: 'second' })
  })

  it('should refuse a bulk edit by a reviewer of items under review', async () => {
    const draft = await writeNews(team.payload, team.editor, { summary: '作者的摘要' })
    await step(draft.id, team.editor, 'submit')
    const result = await team.payload.update({
      collection: 'news',
      where: { id: { equals: draft.id } },
      data: { summary: '批量改写' },
      draft: true,
      user: team.reviewer,
      overrideAccess: false,
    })
    expect(result.docs).toHaveLength(0)
    expect(result.errors[0]?.message).toBe(REVIEWER_EDIT_REFUSAL)
    expect((await stored(draft.id)).summary).toBe('作者的摘要')
  })

  it('should refuse the publisher changing an approved item until they return it', async () => {
    const draft = await writeNews(team.payload, team.editor, { summary: '作者的摘要' })
    await step(draft.id, team.editor, 'submit')
    await step(draft.id, team.reviewer, 'approve')
    await step(draft.id, team.reviewer2, 'approve')
    await expect(edit(draft.id, team.publisher, '发布员改写')).rejects.toThrow()
    expect(await mayUpdate(draft.id, team.publisher)).toBe(false)

    await step(draft.id, team.publisher, 'return', { reason: '请补充时间地点' })
    expect(await mayUpdate(draft.id, team.publisher)).toBe(true)
    // Once returned, an edit is writing: the one who made it cannot then publish that revision.
    await edit(draft.id, team.publisher, '发布员补充')
    await step(draft.id, team.editor, 'submit')
    await step(draft.id, team.reviewer, 'approve')
    await step(draft.id, team.reviewer2, 'approve')
    await expect(step(draft.id, team.publisher, 'publish')).rejects.toThrow('不能审核或发布自己最后修改的稿件')
  })

  it('should lock the new revision of a live item under review, not the published one', async () => {
    const draft = await writeNews(team.payload, team.editor, { summary: '第一版' })
    await step(draft.id, team.editor, 'submit')
    await step(draft.id, team.reviewer, 'approve')
    await step(draft.id, team.reviewer2, 'approve')
    await step(draft.id, team.publisher, 'publish')
    await edit(draft.id, team.editor, '第二版')
    await step(draft.id, team.editor, 'submit')
    await expect(edit(draft.id, team.reviewer, '审核员改写')).rejects.toThrow()
    expect(await mayUpdate(draft.id, team.reviewer)).toBe(false)
    expect((await stored(draft.id)).summary).toBe('第二版')
  })

  it('should let a reviewer edit a draft nobody has submitted yet', async () => {
    const draft = await writeNews(team.payload, team.editor)
    await expect(edit(draft.id, team.reviewer, '审核员帮忙修改')).resolves.toMatchObject({ workflowState: 'draft' })
  })
})
