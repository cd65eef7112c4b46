import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { fieldErrors } from '../helpers/fieldErrors'
import { demoUser, writeNews } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/** Station staff reaching into another station's work: refused, and nothing changes for the public. */
describe('station staff stay within their station', () => {
  let payload: Payload
  let staff: User
  let editor: User
  let ownStation: string
  let otherStation: string

  beforeAll(async () => {
    payload = await getTestPayload()
    ;[staff, editor] = await Promise.all(['station', 'editor'].map((name) => demoUser(payload, name)))
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
  const publicRead = (collection: 'news' | 'stations', id: string) =>
    payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false, depth: 0 }).then((r) => r.docs[0] as unknown as Record<string, unknown>)
  const otherStationsNews = async () =>
    String(
      (await payload.find({ collection: 'news', where: { stations: { not_in: [ownStation] }, _status: { equals: 'published' } }, limit: 1, depth: 0 }))
        .docs[0].id,
    )

  it('should refuse station staff news not tagged with their station', async () => {
    const before = await payload.count({ collection: 'news' })
    expect(await fieldErrors(writeNews(payload, staff, { stations: [otherStation] }))).toEqual([
      { path: 'stations', message: '服务站工作人员只能编辑标注了本站的新闻' },
    ])
    expect((await payload.count({ collection: 'news' })).totalDocs).toBe(before.totalDocs)
  })

  it('should refuse station staff editing another station’s published news', async () => {
    const id = await otherStationsNews()
    const before = await publicRead('news', id)
    await expect(
      payload.update({ collection: 'news', id, data: { title: '被他站改写' }, draft: true, user: staff, overrideAccess: false }),
    ).rejects.toThrow()
    expect(await publicRead('news', id)).toEqual(before)
    expect((await payload.findByID({ collection: 'news', id, draft: true, depth: 0 })).title).toBe(before.title)
  })

  it('should refuse station staff re-tagging their own news to another station', async () => {
    const draft = await writeNews(payload, staff, { stations: [ownStation] })
    expect(
      await fieldErrors(payload.update({ collection: 'news', id: draft.id, data: { stations: [otherStation] }, user: staff, overrideAccess: false })),
    ).toEqual([{ path: 'stations', message: '服务站工作人员只能编辑标注了本站的新闻' }])
    expect((await payload.findByID({ collection: 'news', id: draft.id, draft: true, depth: 0 })).stations).toEqual([ownStation])
  })

  it('should refuse station staff deleting another station’s news', async () => {
    const id = await otherStationsNews()
    const before = await publicRead('news', id)
    await expect(payload.delete({ collection: 'news', id, user: staff, overrideAccess: false })).rejects.toThrow()
    expect(await publicRead('news', id)).toEqual(before)
  })

  it('should hide another station’s drafts from station staff', async () => {
    const draft = await writeNews(payload, editor, { stations: [otherStation] })
    expect(await staffSees(draft.id)).toBe(false)
  })

  it('should hide untagged drafts from station staff', async () => {
    const draft = await writeNews(payload, editor)
    expect(await staffSees(draft.id)).toBe(false)
  })

  it('should refuse station staff editing another station', async () => {
    const before = await publicRead('stations', otherStation)
    await expect(
      payload.update({ collection: 'stations', id: otherStation, data: { openingHours: '改' }, user: staff, overrideAccess: false }),
    ).rejects.toThrow()
    expect(await publicRead('stations', otherStation)).toEqual(before)
  })

  it('should hide another station’s draft profile from station staff', async () => {
    await payload.update({ collection: 'stations', id: otherStation, data: { openingHours: '草稿' }, user: editor, overrideAccess: false })
    const seen = await payload.findByID({ collection: 'stations', id: otherStation, draft: true, user: staff, overrideAccess: false })
    expect(seen.openingHours).not.toBe('草稿')
  })
})
