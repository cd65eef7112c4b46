import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { enquiryKind, submitEnquiry } from '../../src/payload/cases'
import { REPLY_TEMPLATE_RULE } from '../../src/payload/cases/payload/collections'
import { handleCase } from '../../src/payload/cases/payload/handling'
import type { User } from '../../src/payload-types'
import { idOf } from '../../src/shared'
import { nextIp, userByEmail, validSubmission } from '../helpers/enquiryFixtures'
import { fieldErrors } from '../helpers/fieldErrors'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

type Answer = { status: number; message?: string; errors: Record<string, string> }

/** No raw field names or English in what staff are told. */
const expectChinese = (answer: Answer) => {
  for (const text of [answer.message ?? '', ...Object.values(answer.errors ?? {})]) expect(text).not.toMatch(/[A-Za-z]/)
}

describe('the handling endpoint (POST /api/enquiries/:id/handle)', () => {
  let payload: Payload
  let handler: User
  let stationStaff: User
  let admin: User
  let station: string

  const newCase = async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error(`submission refused: ${JSON.stringify(outcome)}`)
    return String((await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: outcome.trackingCode } }, depth: 0 })).docs[0].id)
  }
  const act = async (user: User, id: string, body: Record<string, unknown>): Promise<Answer> => {
    const req = (await createLocalReq({ user: { ...user, collection: 'users' } }, payload)) as PayloadRequest
    req.routeParams = { id }
    req.json = async () => body
    const response = await handleCase(enquiryKind).handler(req)
    const answer = (await response.json()) as Omit<Answer, 'status'>
    return { ...answer, status: response.status, errors: answer.errors ?? {} }
  }
  const statusOf = async (id: string) => (await payload.findByID({ collection: 'enquiries', id, depth: 0 })).status
  /** Accepted, assigned to the station and answered by its staff. */
  const answeredCase = async () => {
    const id = await newCase()
    expect((await act(handler, id, { action: 'accept' })).status).toBe(200)
    expect((await act(handler, id, { action: 'assign', station, handler: stationStaff.id })).status).toBe(200)
    expect((await act(stationStaff, id, { action: 'answer', reply: '您好,已为您查明:本月补助金已于 12 日补发。' })).status).toBe(200)
    return id
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    handler = await userByEmail(payload, 'handler@demo.example')
    stationStaff = await userByEmail(payload, 'station@demo.example')
    admin = await userByEmail(payload, 'admin@demo.example')
    station = String(stationStaff.station)
  })
  afterAll(() => releaseTestPayload(payload))

  it('should accept a new case for a handler and refuse what its state does not allow, in Chinese', async () => {
    const id = await newCase()
    const early = await act(handler, id, { action: 'answer', reply: '答复' })
    expect(early).toMatchObject({ status: 403, message: '这条留言现在是“待受理”,您不能答复' })
    expectChinese(early)
    expect(await act(handler, id, { action: 'accept' })).toMatchObject({ status: 200, message: '已受理' })
    expect(await statusOf(id)).toBe('accepted')
    expect((await act(handler, id, { action: 'accept' })).status).toBe(403)
  })

  it('should ask a decline for its reason beside the reason field', async () => {
    const id = await newCase()
    const refused = await act(handler, id, { action: 'decline', declineReason: '  ' })
    expect(refused).toMatchObject({ status: 400, errors: { declineReason: '不予受理必须填写理由' } })
    expectChinese(refused)
    expect(await statusOf(id)).toBe('submitted')
    expect((await act(handler, id, { action: 'decline', declineReason: '所反映事项已通过诉讼途径处理,请按法院判决执行。' })).status).toBe(200)
    expect(await statusOf(id)).toBe('declined')
  })

  it('should ask an assignment for a station or a handler, and put the case in progress', async () => {
    const id = await newCase()
    await act(handler, id, { action: 'accept' })
    const refused = await act(handler, id, { action: 'assign', station: '', handler: '' })
    expect(refused).toMatchObject({ status: 400, errors: { station: '请转办到一个服务站或部门,或指定办理人' } })
    expectChinese(refused)
    expect((await act(handler, id, { action: 'assign', station, assignmentNote: '请核实发放记录' })).status).toBe(200)
    const doc = await payload.findByID({ collection: 'enquiries', id, depth: 0 })
    expect(doc.status).toBe('in_progress')
    expect(doc.assignments?.at(-1)).toMatchObject({ note: '请核实发放记录', by: handler.id })
  })

  it('should let station staff answer, extend and close their station’s cases but not decide on them', async () => {
    const id = await newCase()
    expect((await act(stationStaff, id, { action: 'accept' })).status).toBe(404)
    await act(handler, id, { action: 'accept' })
    await act(handler, id, { action: 'assign', station })
    expect(await act(stationStaff, id, { action: 'assign', station })).toMatchObject({ status: 403, message: '这条留言现在是“办理中”,您不能转办/分派' })
    expect(await act(stationStaff, id, { action: 'answer', reply: '' })).toMatchObject({ status: 400, errors: { reply: '请填写答复内容' } })
    expect((await act(stationStaff, id, { action: 'answer', reply: '您好,已为您办理。' })).status).toBe(200)
    expect(await statusOf(id)).toBe('answered')
    expect(await act(stationStaff, id, { action: 'decline', declineReason: '不属于本站' })).toMatchObject({ status: 403 })
  })

  it('should extend the answer clock once, within the limit and with a reason', async () => {
    const id = await newCase()
    await act(handler, id, { action: 'accept' })
    const before = (await payload.findByID({ collection: 'enquiries', id, depth: 0 })).answerDeadline!
    expect(await act(handler, id, { action: 'extend', extensionDays: '31', extensionReason: '需要实地核查' })).toMatchObject({ status: 400, errors: { extensionDays: '请填写延期的工作日数(1 到 30 之间的整数)' } })
    const noReason = await act(handler, id, { action: 'extend', extensionDays: '10' })
    expect(noReason).toMatchObject({ status: 400, errors: { extensionReason: '延期必须填写理由' } })
    expectChinese(noReason)
    expect((await act(handler, id, { action: 'extend', extensionDays: '10', extensionReason: '需要到外县调取档案' })).status).toBe(200)
    const after = await payload.findByID({ collection: 'enquiries', id, depth: 0 })
    expect(after).toMatchObject({ status: 'accepted', extensionDays: 10 })
    expect(new Date(after.answerDeadline!).getTime()).toBeGreaterThan(new Date(before).getTime())
    expect((await act(handler, id, { action: 'extend', extensionDays: '5', extensionReason: '再延' })).status).toBe(403)
  })

  it('should not close an unrated case right after the answer without a recorded reason', async () => {
    const id = await answeredCase()
    // The case is the station's now: its staff close it (the bureau's handler works unassigned intake).
    const refused = await act(stationStaff, id, { action: 'close' })
    expect(refused.status).toBe(400)
    expect(refused.errors.closeReason).toContain('提前办结的理由')
    expectChinese(refused)
    expect(await statusOf(id)).toBe('answered')
    expect((await act(stationStaff, id, { action: 'close', closeReason: '留言人来电表示问题已解决,不再评价' })).status).toBe(200)
    expect(await payload.findByID({ collection: 'enquiries', id, depth: 0 })).toMatchObject({ status: 'closed', closeReason: '留言人来电表示问题已解决,不再评价' })
  })

  it('should hold the REST API to the same rules: roles, the closing rule, and no staff rating', async () => {
    const id = await answeredCase()
    const asUser = (user: User) => ({ user, overrideAccess: false }) as const
    expect(await fieldErrors(payload.update({ collection: 'enquiries', id, data: { status: 'closed' }, ...asUser(admin) }))).toEqual([
      { path: 'closeReason', message: expect.stringContaining('提前办结的理由') },
    ])
    // A rating given by staff is ignored (the field is the submitter's), so it cannot open the way to closing.
    const rated = await fieldErrors(payload.update({ collection: 'enquiries', id, data: { status: 'closed', satisfaction: 'satisfied' }, ...asUser(admin) }))
    expect(rated.map((error) => error.path)).toEqual(['closeReason'])
    const other = await newCase()
    await payload.update({ collection: 'enquiries', id: other, data: { status: 'accepted' }, ...asUser(handler) })
    await payload.update({ collection: 'enquiries', id: other, data: { station }, ...asUser(handler) })
    expect(await fieldErrors(payload.update({ collection: 'enquiries', id: other, data: { status: 'accepted' }, ...asUser(stationStaff) }))).toEqual([
      { path: 'status', message: '不能从当前状态直接改为该状态' },
    ])
  })

  // One database per file: on MongoDB a second getTestPayload() in the same file would reach the first's.
  describe('答复口径: who keeps them', () => {
    let otherHandler: User

    beforeAll(async () => {
      otherHandler = await payload.create({
        collection: 'users',
        data: { email: 'templates2@test.example', name: '另一位办理员', roles: ['caseHandler'], password: 'test-pass-2026' },
      })
    })

    it('should seed a useful set of templates', async () => {
      expect((await payload.count({ collection: 'replyTemplates' })).totalDocs).toBeGreaterThanOrEqual(5)
    })

    it('should let a handler create one, recorded as its author, and keep others from changing it, saying why', async () => {
      const as = (user: User) => ({ user, overrideAccess: false }) as const
      const template = await payload.create({ collection: 'replyTemplates', data: { title: '测试口径', body: '您好,已收到。' }, ...as(handler) })
      expect(idOf(template.createdBy)).toBe(String(handler.id))
      await expect(payload.update({ collection: 'replyTemplates', id: template.id, data: { body: '改' }, ...as(otherHandler) })).rejects.toThrow(REPLY_TEMPLATE_RULE)
      await expect(payload.delete({ collection: 'replyTemplates', id: template.id, ...as(otherHandler) })).rejects.toThrow(REPLY_TEMPLATE_RULE)
      expect((await payload.update({ collection: 'replyTemplates', id: template.id, data: { body: '您好,已收到,正在办理。' }, ...as(handler) })).body).toBe('您好,已收到,正在办理。')
      await expect(payload.create({ collection: 'replyTemplates', data: { title: '站里口径', body: '您好' }, ...as(stationStaff) })).rejects.toThrow()
    })
  })
})
