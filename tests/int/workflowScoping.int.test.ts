import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { demoUser, writeNews } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

describe('station scoping', () => {
  let payload: Payload
  let staff: User
  let editor: User
  let reviewer: User
  let ownStation: string
  let otherStation: string

  beforeAll(async () => {
    payload = await getTestPayload()
    ;[staff, editor, reviewer] = await Promise.all(['station', 'editor', 'reviewer'].map((name) => demoUser(payload, name)))
    ownStation = String(staff.station)
    otherStation = String(
      (await payload.find({ collection: 'stations', where: { id: { not_equals: ownStation } }, limit: 1, depth: 0 })).docs[0].id,
    )
  })
  afterAll(() => releaseTestPayload(payload))

  const staffSees = (id: string) =>
    payload
      .find({ collection: 'news', where: { id: { equals: id } }, draft: true, user: staff, overrideAccess: false, depth: 0 })
      .then((result) => result.totalDocs === 1)

  it('should let station staff write news tagged with their station into the review chain', async () => {
    const draft = await writeNews(payload, staff, { stations: [ownStation] })
    const submitted = await performTransition(payload, { collection: 'news', id: draft.id, user: staff, input: { action: 'submit' } })
    expect(submitted).toMatchObject({ workflowState: 'inReview', reviewStage: 'first' })
  })

  it('should show station staff their own station’s drafts', async () => {
    const draft = await writeNews(payload, editor, { stations: [ownStation] })
    expect(await staffSees(draft.id)).toBe(true)
  })

  it('should let station staff edit their own station profile as a draft for review', async () => {
    const updated = await payload.update({
      collection: 'stations',
      id: ownStation,
      data: { openingHours: '周一至周六 9:00-17:00' },
      user: staff,
      overrideAccess: false,
    })
    expect(updated).toMatchObject({ _status: 'draft', workflowState: 'draft', openingHours: '周一至周六 9:00-17:00' })
    const reviewed = await performTransition(payload, { collection: 'stations', id: ownStation, user: staff, input: { action: 'submit' } })
    expect(reviewed.workflowState).toBe('inReview')
    const approved = await performTransition(payload, { collection: 'stations', id: ownStation, user: reviewer, input: { action: 'approve' } })
    expect(approved.workflowState).toBe('approved')
  })

})
