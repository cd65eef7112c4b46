import { randomUUID } from 'node:crypto'

import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueChallenge, lookupFoiRequest, submitFoiRequest } from '../../src/payload/cases'
import { addWorkingDays, toBeijingDate } from '../../src/payload/cases/domain/clocks'
import { withOfficialCalendar } from '../../src/payload/cases/domain/officialCalendar'
import { decrypt } from '../../src/payload/cases/infrastructure/keys'
import { enteredCalendar } from '../../src/payload/cases/payload/caseRules'
import { printNotice } from '../../src/payload/cases/payload/foiEndpoints'
import { payloadSecret } from '../../src/payload/env'
import type { User } from '../../src/payload-types'
import { nextIp } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { demoUser } from '../helpers/workflowFixtures'

/** A request as the form sends it, with the written sum answered. */
const request = (overrides: Record<string, unknown> = {}) => {
  const { token, question } = issueChallenge(payloadSecret())
  const [a, b] = question.match(/\d+/g)!.map(Number)
  return {
    applicantType: 'citizen',
    name: '王申请',
    idType: 'idCard',
    idNumber: '11010519491231002X',
    phone: `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    email: 'wang@example.com',
    description: '本县 2025 年度退役士兵安置计划及落实情况的文件',
    purpose: '了解安置政策',
    delivery: 'email',
    consent: true,
    submissionKey: randomUUID(),
    challenge: token,
    answer: String(a + b),
    ...overrides,
  }
}

/** What a failed save says, field by field. */
const fieldErrors = async (save: Promise<unknown>): Promise<Record<string, string>> => {
  try {
    await save
  } catch (error) {
    const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    return Object.fromEntries((data?.errors ?? []).map((item) => [item.path, item.message]))
  }
  throw new Error('the save was not refused')
}

describe('依申请公开: a request from the form to its 告知书, on the statutory clock', () => {
  let payload: Payload
  let handler: User
  let editor: User
  let calendar: Awaited<ReturnType<typeof enteredCalendar>>
  const today = toBeijingDate(new Date())

  beforeAll(async () => {
    payload = await getTestPayload()
    handler = await demoUser(payload, 'handler')
    editor = await demoUser(payload, 'editor')
    calendar = withOfficialCalendar(await enteredCalendar(payload))
  })
  afterAll(() => releaseTestPayload(payload))

  const byCode = async (trackingCode: string) =>
    (await payload.find({ collection: 'foiRequests', where: { trackingCode: { equals: trackingCode } }, depth: 0, showHiddenFields: true })).docs[0]!
  const step = (id: string | number, data: Record<string, unknown>, user: User = handler) =>
    payload.update({ collection: 'foiRequests', id, data: data as never, user, overrideAccess: false, depth: 0 })

  it('should take a request once per submission key, with the document number and phone sealed and shown masked', async () => {
    const input = request()
    const first = await submitFoiRequest(payload, input, { ip: nextIp() })
    expect(first.status).toBe(201)
    const again = await submitFoiRequest(payload, input, { ip: nextIp() })
    expect(again).toMatchObject({ status: 200, trackingCode: (first as { trackingCode: string }).trackingCode })
    const stored = await byCode((first as { trackingCode: string }).trackingCode)
    expect(stored.applicant.idNumberMasked).toBe('110105********002X')
    expect(stored.applicant.phoneMasked).toMatch(/^136\*{4}\d{4}$/)
    expect(decrypt(stored.applicant.idNumberSealed!)).toBe('11010519491231002X')
    expect(decrypt(stored.applicant.phoneSealed!)).toBe(input.phone)
    expect(JSON.stringify({ ...stored, applicant: { ...stored.applicant, idNumberSealed: null, phoneSealed: null } })).not.toContain(input.phone)
    expect(stored).toMatchObject({ status: 'running', receivedOn: today, countsFrom: today, allowedDays: 20, dueOn: addWorkingDays(today, 20, calendar) })
    expect(stored.events).toHaveLength(1)
  })

  it('should refuse what the form must not accept, each with its message, storing nothing', async () => {
    const refused = async (overrides: Record<string, unknown>) => {
      const outcome = await submitFoiRequest(payload, request(overrides), { ip: nextIp() })
      expect(outcome.status).toBe(400)
      return (outcome as { errors: Record<string, string> }).errors
    }
    expect(await refused({ delivery: 'email', email: '' })).toEqual({ email: '选择电子邮件方式时,请填写电子邮箱' })
    expect(await refused({ delivery: 'paper', address: '' })).toEqual({ address: '选择纸质或光盘方式时,请填写通信地址' })
    expect(await refused({ idNumber: '110105194912310021' })).toEqual({ idNumber: '身份证号码不正确,请核对(最后一位可能是 X)' })
    expect(await refused({ applicantType: 'business', idType: 'creditCode', idNumber: '12345' })).toEqual({ idNumber: '统一社会信用代码应为 18 位,请核对' })
    expect(await refused({ applicantType: 'business', idType: 'idCard' })).toEqual({ idType: '法人或其他组织请选择统一社会信用代码' })
    expect(Object.keys(await refused({ description: '短', consent: false, applicantType: 'x' }))).toEqual(expect.arrayContaining(['description', 'consent', 'applicantType']))
    expect(await refused({ answer: '999' })).toHaveProperty('answer')
    const organisation = await submitFoiRequest(payload, request({ applicantType: 'business', idType: 'creditCode', idNumber: '91330100MA27XL0T4Q', name: '某某科技有限公司' }), { ip: nextIp() })
    expect(organisation.status).toBe(201)
  })

  it('should stop the clock for 补正, restart it from zero, allow one extension, and answer only with what the type needs', async () => {
    const submitted = (await submitFoiRequest(payload, request(), { ip: nextIp() })) as { trackingCode: string; secret: string }
    const credentials = { code: submitted.trackingCode, secret: submitted.secret, ip: nextIp() }
    const { id } = await byCode(submitted.trackingCode)

    // 补正 needs what to clarify, then stops the clock; the applicant sees what to send.
    expect(await fieldErrors(step(id, { step: { action: 'clarificationRequested' } }))).toEqual({ 'step.note': '请写明需要补正的内容(将告知申请人)' })
    await step(id, { step: { action: 'clarificationRequested', note: '请写明所需文件的年份和文号。' } })
    expect(await byCode(submitted.trackingCode)).toMatchObject({ status: 'clarifying', dueOn: null, clarificationRequest: '请写明所需文件的年份和文号。' })
    const clarifying = await lookupFoiRequest(payload, credentials)
    expect(clarifying).toMatchObject({ status: 200, view: { status: 'clarifying', statusLabel: '待申请人补正', clarificationRequest: '请写明所需文件的年份和文号。', dueOn: null } })
    expect(await fieldErrors(step(id, { step: { action: 'clarificationRequested', note: '再补一次' } }))).toEqual({ 'step.action': '补正只能一次性告知' })

    // The clarified request restarts the count from its day.
    await step(id, { step: { action: 'clarificationReceived' } })
    expect(await byCode(submitted.trackingCode)).toMatchObject({ status: 'running', countsFrom: today, usedDays: 0, dueOn: addWorkingDays(today, 20, calendar), clarificationRequest: null })

    // One extension, with a reason, of at most 20 working days.
    expect(await fieldErrors(step(id, { step: { action: 'extended', days: 10 } }))).toEqual({ 'step.reason': '请填写延长答复期限的理由(将告知申请人)' })
    expect(await fieldErrors(step(id, { step: { action: 'extended', days: 25, reason: '需要调取档案' } }))).toEqual({ 'step.days': '延长期限应为 1 至 20 个工作日' })
    await step(id, { step: { action: 'extended', days: 10, reason: '需要调取历年档案' } })
    expect(await byCode(submitted.trackingCode)).toMatchObject({ allowedDays: 30, dueOn: addWorkingDays(today, 30, calendar) })
    expect(await fieldErrors(step(id, { step: { action: 'extended', days: 5, reason: '再延' } }))).toEqual({ 'step.action': '答复期限只能延长一次' })
    expect(await lookupFoiRequest(payload, { ...credentials, ip: nextIp() })).toMatchObject({
      view: { extension: { days: 10, reason: '需要调取历年档案' } },
    })

    // 部分公开 needs what is given, what is withheld and why; a reason of another type does not count.
    expect(await fieldErrors(step(id, { step: { action: 'answered' }, answer: { type: 'partial' } }))).toEqual({
      'answer.provided': '请写明公开的信息及获取方式',
      'answer.withheldPart': '请写明不予公开的部分',
      'answer.legalBasis': '请写明不予公开的理由和法律依据',
    })
    expect(await fieldErrors(step(id, { step: { action: 'answered' }, answer: { type: 'withhold', reasonChoice: 'unable.notHeld', legalBasis: '条例第十四条' } }))).toEqual({
      'answer.reasonChoice': '请选择不予公开的理由',
    })
    await step(id, {
      step: { action: 'answered' },
      answer: { type: 'partial', provided: '安置计划全文,已发送至您的电子邮箱。', withheldPart: '个人安置去向名单', legalBasis: '涉及个人隐私,依据条例第十五条不予公开。' },
    })
    const answered = await byCode(submitted.trackingCode)
    expect(answered).toMatchObject({ status: 'answered', answeredOn: today, dueOn: null })
    expect(answered.events!.map((event) => event.type)).toEqual(['received', 'clarificationRequested', 'clarificationReceived', 'extended', 'answered'])
    expect(answered.events!.slice(1).every((event) => String(typeof event.by === 'object' ? event.by?.id : event.by) === String(handler.id))).toBe(true)

    // The applicant reads the 告知书, with the remedies; nobody changes an answer given.
    const view = await lookupFoiRequest(payload, { ...credentials, ip: nextIp() })
    if (view.status !== 200) throw new Error(view.message)
    expect(view.view.answer).toMatchObject({ type: 'partial', label: '部分公开', on: today })
    const text = view.view.answer!.notice.paragraphs.join('\n')
    expect(view.view.answer!.notice.title).toBe('政府信息公开申请答复告知书(部分公开)')
    expect(text).toContain('个人安置去向名单')
    expect(text).toContain('60 日内依法申请行政复议')
    expect(text).toContain('6 个月内依法向人民法院提起行政诉讼')
    expect(text).not.toContain('王申请')
    expect(await fieldErrors(step(id, { answer: { type: 'disclose', provided: '改了' } }))).toEqual({ 'answer.type': '已答复的申请不能修改答复' })

    // The handler prints the 告知书 addressed to the applicant by name, to send on paper; an editor cannot.
    const print = async (user: User) => {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      req.routeParams = { id: String(id) }
      const response = await printNotice.handler(req)
      return { status: response.status, text: await response.text() }
    }
    const printed = await print(handler)
    expect(printed.status).toBe(200)
    expect(printed.text).toContain('<h1>政府信息公开申请答复告知书(部分公开)</h1>')
    expect(printed.text).toContain('王申请:')
    expect(printed.text).toContain('个人安置去向名单')
    expect((await print(editor)).status).toBe(404)
    expect(await fieldErrors(step(id, { step: { action: 'consultationStarted', note: '某公司' } }))).toEqual({ 'step.action': '该申请已答复' })
  })

  it('should leave a third party consultation out of the count, and keep handlers to dates that happened', async () => {
    const submitted = (await submitFoiRequest(payload, request(), { ip: nextIp() })) as { trackingCode: string }
    const { id } = await byCode(submitted.trackingCode)
    expect(await fieldErrors(step(id, { step: { action: 'consultationStarted' } }))).toEqual({ 'step.note': '请写明征求意见的第三方' })
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
    expect(await fieldErrors(step(id, { step: { action: 'consultationStarted', note: '某某公司', on: tomorrow } }))).toEqual({ 'step.on': '日期不能晚于今天' })
    await step(id, { step: { action: 'consultationStarted', note: '某某公司' } })
    expect(await byCode(submitted.trackingCode)).toMatchObject({ status: 'consulting', dueOn: null })
    expect(await fieldErrors(step(id, { step: { action: 'consultationStarted', note: '又一家' } }))).toEqual({ 'step.action': '期限已暂停,不能再征求第三方意见' })
    await step(id, { step: { action: 'consultationEnded' } })
    const req = await createLocalReq({ user: { ...handler, collection: 'users' } as never }, payload)
    req.routeParams = { id: String(id) }
    expect((await printNotice.handler(req)).status).toBe(409)
    expect(await byCode(submitted.trackingCode)).toMatchObject({ status: 'running', dueOn: addWorkingDays(today, 20, calendar) })
  })

  it('should keep requests from the public and from editors, and from the applicant without the secret', async () => {
    const submitted = (await submitFoiRequest(payload, request(), { ip: nextIp() })) as { trackingCode: string; secret: string }
    const { id } = await byCode(submitted.trackingCode)
    await expect(payload.find({ collection: 'foiRequests', overrideAccess: false, user: null })).rejects.toThrow()
    await expect(payload.find({ collection: 'foiRequests', overrideAccess: false, user: editor })).rejects.toThrow('您无权执行此操作')
    await expect(step(id, { step: { action: 'consultationStarted', note: '某公司' } }, editor)).rejects.toThrow()
    const visible = await payload.find({ collection: 'foiRequests', where: { id: { equals: id } }, overrideAccess: false, user: handler, depth: 0 })
    expect(visible.docs[0]).toBeDefined()
    expect(visible.docs[0]).not.toHaveProperty('applicant.idNumberSealed')
    expect(visible.docs[0]).not.toHaveProperty('secretHash')
    const wrong = await lookupFoiRequest(payload, { code: submitted.trackingCode, secret: 'ABCDEFGH', ip: nextIp() })
    expect(wrong).toEqual({ status: 404, message: '查询码或查询密码不正确,请核对后重试。' })
  })
})
