import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { demoUser, reviewTeam, writeNews } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

describe('separation of duties across every editor of a revision', () => {
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

  const step = (id: string, user: User, action: 'submit' | 'approve' | 'publish') =>
    performTransition(payload, { collection: 'news', id, user, input: { action } })
  const edit = (id: string, user: User, summary: string) =>
    payload.update({ collection: 'news', id, data: { summary }, draft: true, user, overrideAccess: false })
  const publicRead = (id: string) =>
    payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false, depth: 0 }).then((r) => r.docs[0])

  it('should refuse a reviewer approving text they edited after the author fixed a typo last', async () => {
    const draft = await writeNews(payload, editor)
    // Before it is submitted a reviewer may help write it; that makes them one of its writers.
    await edit(draft.id, reviewer, '审核员改写的摘要')
    await edit(draft.id, editor, '审核员改写的摘要。')
    await step(draft.id, editor, 'submit')
    await expect(step(draft.id, reviewer, 'approve')).rejects.toThrow('不能审核或发布自己参与修改的稿件')

    const stored = await payload.findByID({ collection: 'news', id: draft.id, draft: true, depth: 0 })
    expect(stored).toMatchObject({ workflowState: 'inReview', reviewStage: 'first', approvals: [] })
    expect(stored.revisionEditors).toEqual([editor.id, reviewer.id])
    expect(await publicRead(draft.id)).toBeUndefined()
    // Reviewers who did not touch it still can.
    await step(draft.id, reviewer2, 'approve')
  })

  it('should let a reviewer who helped write the revision still edit it under review, as a writer', async () => {
    const draft = await writeNews(payload, editor)
    await edit(draft.id, reviewer, '审核员参与撰写')
    await step(draft.id, editor, 'submit')
    await expect(edit(draft.id, reviewer, '审核员再次修改')).resolves.toMatchObject({ workflowState: 'inReview', reviewStage: 'first' })
    await expect(step(draft.id, reviewer, 'approve')).rejects.toThrow('不能审核或发布自己最后修改的稿件')
  })

  it('should refuse a publisher publishing a revision they edited before review', async () => {
    const draft = await writeNews(payload, editor)
    await edit(draft.id, publisher, '终审发布员改过')
    await edit(draft.id, editor, '作者最后改过')
    await step(draft.id, editor, 'submit')
    await step(draft.id, reviewer, 'approve')
    await step(draft.id, reviewer2, 'approve')
    await expect(step(draft.id, publisher, 'publish')).rejects.toThrow('不能审核或发布自己参与修改的稿件')
    expect(await publicRead(draft.id)).toBeUndefined()
  })

  it('should start a new revision at the first edit after publication', async () => {
    const draft = await writeNews(payload, editor)
    await edit(draft.id, reviewer2, '复审员参与修改')
    await edit(draft.id, editor, '作者最后改过')
    await step(draft.id, editor, 'submit')
    await step(draft.id, reviewer, 'approve')
    await expect(step(draft.id, reviewer2, 'approve')).rejects.toThrow('不能审核或发布自己参与修改的稿件')
    // A third reviewer, who took no part in it, takes the second stage.
    const thirdReviewer = { ...(await demoUser(payload, 'admin')), roles: ['admin', 'reviewer'] } as User
    await step(draft.id, thirdReviewer, 'approve')
    await step(draft.id, publisher, 'publish')

    const revised = await edit(draft.id, editor, '发布后的新修改')
    expect(revised.revisionEditors?.map((ref) => (typeof ref === 'object' ? ref.id : ref))).toEqual([editor.id])
    await step(draft.id, editor, 'submit')
    // reviewer2 edited the published revision, not this one.
    await expect(step(draft.id, reviewer2, 'approve')).resolves.toMatchObject({ workflowState: 'inReview', reviewStage: 'second' })
  })
})
