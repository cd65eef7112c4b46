import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { enquiryKind, enquiryStatistics, findPublishedAnswer, lookupEnquiry, rateAndClose, requestReview, submitEnquiry } from '../../src/payload/cases'
import { revealContact } from '../../src/payload/cases/payload/endpoints'
import type { User } from '../../src/payload-types'
import { fieldErrors } from '../helpers/fieldErrors'
import { nextIp, userByEmail, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

describe('enquiry handling', () => {
  let payload: Payload
  let handler: User
  let stationStaff: User
  let otherHandler: User
  let editor: User
  let firstStation: string
  let otherStation: string

  const newCase = async (overrides: Record<string, unknown> = {}) => {
    const outcome = await submitEnquiry(payload, validSubmission(overrides), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error(`submission refused: ${JSON.stringify(outcome)}`)
    const doc = (await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: outcome.trackingCode } }, depth: 0 })).docs[0]
    return { ...outcome, id: String(doc.id) }
  }
  const asUser = (user: User) => ({ user, overrideAccess: false }) as const
  const update = (id: string, data: Record<string, unknown>, user: User = handler) =>
    payload.update({ collection: 'enquiries', id, data, depth: 0, ...asUser(user) })
  /** Counting is refused outright (403) for users without any access, which also means not visible. */
  const visibleTo = async (user: User | null, id: string) =>
    payload
      .count({ collection: 'enquiries', where: { id: { equals: id } }, user, overrideAccess: false })
      .then((result) => result.totalDocs === 1, () => false)
  const reveal = async (user: User, id: string) => {
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    req.routeParams = { id }
    return revealContact(enquiryKind).handler(req)
  }
  /** Accepted, assigned to the first station and its handler, answered. */
  const answeredCase = async (overrides: Record<string, unknown> = {}) => {
    const item = await newCase(overrides)
    await update(item.id, { status: 'accepted' })
    await update(item.id, { station: firstStation, handler: handler.id })
    await update(item.id, { status: 'answered', reply: '您好,优待证可在户籍地乡镇服务站办理。' })
    return item
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    handler = await userByEmail(payload, 'handler@demo.example')
    stationStaff = await userByEmail(payload, 'station@demo.example')
    editor = await userByEmail(payload, 'editor@demo.example')
    firstStation = String(stationStaff.station)
    const stations = await payload.find({ collection: 'stations', where: { id: { not_equals: firstStation } }, limit: 1, depth: 0 })
    otherStation = String(stations.docs[0].id)
    otherHandler = await payload.create({
      collection: 'users',
      data: { email: 'handler2@test.example', name: '别站办理员', roles: ['caseHandler'], station: otherStation, password: 'test-pass-2026' },
    })
  })
  afterAll(() => releaseTestPayload(payload))

  it('should show a new unassigned case to bureau handlers and admins only', async () => {
    const { id } = await newCase()
    const admin = await userByEmail(payload, 'admin@demo.example')
    expect(await visibleTo(handler, id)).toBe(true)
    expect(await visibleTo(admin, id)).toBe(true)
    expect(await visibleTo(stationStaff, id)).toBe(false)
    expect(await visibleTo(otherHandler, id)).toBe(false)
    expect(await visibleTo(editor, id)).toBe(false)
    expect(await visibleTo(null, id)).toBe(false)
  })

  it('should never let the public or an editor create a case through the API', async () => {
    await expect(
      payload.create({ collection: 'enquiries', data: { kind: 'question', subject: '测试', trackingCode: 'AAAAA-BBBBB' } as never, ...asUser(editor) }),
    ).rejects.toThrow()
  })

  it('should hide the encrypted fields and the secret digest from staff reads', async () => {
    const { id } = await newCase()
    const doc = await payload.findByID({ collection: 'enquiries', id, ...asUser(handler) })
    expect(doc.contact?.phoneSealed).toBeUndefined()
    expect(doc.secretHash).toBeUndefined()
    expect(doc.submissionKey).toBeUndefined()
    expect(doc.contact?.phoneMasked).toMatch(/^139\*{4}\d{4}$/)
  })

  it('should set the answer deadline on acceptance', async () => {
    const { id } = await newCase()
    const accepted = await update(id, { status: 'accepted' })
    expect(accepted.acceptedAt).toBeTruthy()
    expect(new Date(accepted.answerDeadline!).getTime()).toBeGreaterThan(Date.now() + 80 * 86_400_000)
  })

  it('should refuse to decline without a reason', async () => {
    const { id } = await newCase()
    expect(await fieldErrors(update(id, { status: 'declined' }))).toEqual([{ path: 'declineReason', message: '不予受理必须填写理由' }])
  })

  it('should refuse to skip from submitted to answered', async () => {
    const { id } = await newCase()
    const errors = await fieldErrors(update(id, { status: 'answered', reply: '答复' }))
    expect(errors.map((error) => error.path)).toContain('status')
  })

  it('should put an accepted case in progress when it is assigned and record every reassignment', async () => {
    const { id } = await newCase()
    await update(id, { status: 'accepted' })
    const assigned = await update(id, { station: firstStation, assignmentNote: '请核实后答复' })
    expect(assigned.status).toBe('in_progress')
    expect(assigned.assignments).toHaveLength(1)
    expect(assigned.assignments?.[0]).toMatchObject({ station: firstStation, by: handler.id, note: '请核实后答复' })
    const admin = await userByEmail(payload, 'admin@demo.example')
    const reassigned = await update(id, { station: otherStation, assignmentNote: '属地调整' }, admin)
    expect(reassigned.assignments?.map((entry) => entry.station)).toEqual([firstStation, otherStation])
  })

  it("should show a case to its station's staff and to that station's handlers only", async () => {
    const { id } = await newCase()
    await update(id, { status: 'accepted' })
    await update(id, { station: firstStation, handler: handler.id })
    expect(await visibleTo(stationStaff, id)).toBe(true)
    expect(await visibleTo(handler, id)).toBe(true)
    expect(await visibleTo(otherHandler, id)).toBe(false)
    await expect(update(id, { reply: '越权' }, otherHandler)).rejects.toThrow()
  })

  it('should insert a reply template and name the answering station', async () => {
    const template = await payload.create({
      collection: 'replyTemplates',
      data: { title: '优待证办理', body: '优待证由户籍地退役军人服务站受理。' },
    })
    const { id } = await newCase()
    await update(id, { status: 'accepted' })
    await update(id, { station: firstStation, handler: handler.id })
    const answered = await update(id, { status: 'answered', reply: '您好:', insertTemplate: template.id })
    expect(answered.reply).toBe('您好:\n\n优待证由户籍地退役军人服务站受理。')
    expect(answered.insertTemplate ?? null).toBeNull()
    const station = await payload.findByID({ collection: 'stations', id: firstStation, depth: 0 })
    expect(answered.answeringDepartment).toBe(station.name)
  })

  it('should allow one extension of at most 30 working days, with a reason', async () => {
    const { id } = await newCase()
    const accepted = await update(id, { status: 'accepted' })
    expect(await fieldErrors(update(id, { extensionDays: 31, extensionReason: '需要调查' }))).toEqual([
      { path: 'extensionDays', message: expect.any(String) },
    ])
    const extended = await update(id, { extensionDays: 30, extensionReason: '需要实地核查' })
    expect(new Date(extended.answerDeadline!).getTime()).toBeGreaterThan(new Date(accepted.answerDeadline!).getTime() + 40 * 86_400_000)
    expect(await fieldErrors(update(id, { extensionDays: 10, extensionReason: '再延' }))).toEqual([
      { path: 'extensionDays', message: '办理期限只能延长一次' },
    ])
  })

  it('should show the submitter the reply, let them rate it and close the case', async () => {
    const item = await answeredCase()
    const found = await lookupEnquiry(payload, { code: item.trackingCode, secret: item.secret, ip: nextIp() })
    expect(found.status === 200 && found.view).toMatchObject({ status: 'answered', reply: expect.stringContaining('优待证'), canRate: true })
    expect(await rateAndClose(payload, { code: item.trackingCode, secret: item.secret, ip: nextIp() }, 'satisfied')).toEqual({ status: 200 })
    const closed = await payload.findByID({ collection: 'enquiries', id: item.id, depth: 0 })
    expect(closed).toMatchObject({ status: 'closed', satisfaction: 'satisfied' })
  })

  it('should reopen a closed case for review on the submitter’s request within 30 days', async () => {
    const item = await answeredCase()
    await rateAndClose(payload, { code: item.trackingCode, secret: item.secret, ip: nextIp() }, 'dissatisfied')
    expect(await requestReview(payload, { code: item.trackingCode, secret: item.secret, ip: nextIp() }, '答复没有解决补贴发放问题')).toEqual({ status: 200 })
    const reopened = await payload.findByID({ collection: 'enquiries', id: item.id, depth: 0 })
    expect(reopened).toMatchObject({ status: 'in_progress', reviewReason: '答复没有解决补贴发放问题' })
    expect(reopened.reviewRequestedAt).toBeTruthy()
  })

  it('should reveal the full phone number to the assigned handler only, logging each showing', async () => {
    const item = await newCase({ phone: '13655556666' })
    await update(item.id, { status: 'accepted' })
    await update(item.id, { station: firstStation, handler: handler.id })
    const shown = await reveal(handler, item.id)
    expect(shown.status).toBe(200)
    expect(await shown.json()).toEqual({ phone: '13655556666', idCard: '11010519491231002X' })
    expect((await reveal(stationStaff, item.id)).status).toBe(403)
    expect((await reveal(otherHandler, item.id)).status).toBe(403)
    const logs = await payload.find({ collection: 'enquiryRevealLogs', where: { enquiry: { equals: item.id } }, depth: 0 })
    expect(logs.docs.map((log) => log.user)).toEqual([handler.id])
  })

  it('should refuse to publish a case whose submitter did not consent', async () => {
    const item = await answeredCase({ publishConsent: false })
    const errors = await fieldErrors(update(item.id, { publication: { published: true, subject: '优待证', body: '在哪里办理?' } }))
    expect(errors).toContainEqual({ path: 'publication.published', message: '留言人未同意公开,不能选登' })
  })

  it('should publish a consented case with the redacted text only', async () => {
    const item = await answeredCase({ publishConsent: true, name: '李四' })
    await update(item.id, { publication: { published: true, subject: '优待证在哪里办理', body: '请问优待证在哪里办理?' } })
    const shown = await findPublishedAnswer(payload, item.id)
    expect(shown).toMatchObject({ subject: '优待证在哪里办理', body: '请问优待证在哪里办理?', reply: expect.stringContaining('优待证') })
    expect(JSON.stringify(shown)).not.toMatch(/李四|139\d|110105|contact/)
  })

  it('should count received, answered and on-time cases in the current month', async () => {
    const before = await enquiryStatistics(payload, 1)
    await answeredCase()
    const after = await enquiryStatistics(payload, 1)
    expect(after[0].received - before[0].received).toBe(1)
    expect(after[0].answered - before[0].answered).toBe(1)
    expect(after[0].onTime - before[0].onTime).toBe(1)
  })
})
