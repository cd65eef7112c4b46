import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CODE_FORMAT_MESSAGE, lookupEnquiry, submitEnquiry } from '../../src/payload/cases'
import { DEFAULT_LIMITS } from '../../src/payload/cases/domain/rateLimit'
import { generateTrackingCode } from '../../src/payload/cases/domain/tracking'
import { decrypt } from '../../src/payload/cases/infrastructure/keys'
import { nextIp, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

describe('public enquiry submission', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  const stored = async (trackingCode: string) =>
    (await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: trackingCode } }, depth: 0 })).docs

  it('should store a valid submission as submitted, with an accept deadline and a tracking code', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    expect(outcome.status).toBe(201)
    if (outcome.status !== 201) return
    expect(outcome.trackingCode).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    const [doc] = await stored(outcome.trackingCode)
    expect(doc.status).toBe('submitted')
    expect(new Date(doc.acceptDeadline!).getTime()).toBeGreaterThan(Date.now() + 14 * 86_400_000)
  })

  it('should store phone and ID-card number only encrypted, with masked copies', async () => {
    const input = validSubmission({ phone: '13812341234' })
    const outcome = await submitEnquiry(payload, input, { ip: nextIp() })
    if (outcome.status !== 201) throw new Error(`unexpected ${outcome.status}`)
    const [doc] = await stored(outcome.trackingCode)
    expect(doc.contact?.phoneMasked).toBe('138****1234')
    expect(doc.contact?.idCardMasked).toBe('110105********002X')
    expect(JSON.stringify(doc)).not.toContain('13812341234')
    expect(JSON.stringify(doc)).not.toContain('11010519491231002X')
    expect(decrypt(doc.contact!.phoneSealed!)).toBe('13812341234')
  })

  it('should answer a retry of the same submission with the same code and secret, storing one case', async () => {
    const input = validSubmission()
    const first = await submitEnquiry(payload, input, { ip: nextIp() })
    const retries = await Promise.all([1, 2, 3].map(() => submitEnquiry(payload, input, { ip: nextIp() })))
    for (const retry of retries) expect(retry).toMatchObject({ trackingCode: (first as { trackingCode: string }).trackingCode, secret: (first as { secret: string }).secret })
    const count = await payload.count({ collection: 'enquiries', where: { subject: { equals: input.subject }, 'contact.phoneMasked': { like: String(input.phone).slice(-4) } } })
    expect(count.totalDocs).toBe(1)
  })

  it('should refuse invalid input with field errors and store nothing', async () => {
    const before = await payload.count({ collection: 'enquiries' })
    const outcome = await submitEnquiry(payload, validSubmission({ phone: '123', subject: '', consent: false }), { ip: nextIp() })
    expect(outcome).toEqual({
      status: 400,
      errors: { subject: '标题至少 4 个字', phone: '请填写 11 位手机号码,例如 13812341234', consent: '请阅读并同意《个人信息保护说明》后再提交' },
    })
    expect((await payload.count({ collection: 'enquiries' })).totalDocs).toBe(before.totalDocs)
  })

  it('should refuse a wrong answer to the check', async () => {
    const outcome = await submitEnquiry(payload, validSubmission({ answer: '100' }), { ip: nextIp() })
    expect(outcome).toEqual({ status: 400, errors: { answer: '验证问题回答不正确,请重新计算后填写' } })
  })

  it('should refuse a filled honeypot', async () => {
    const outcome = await submitEnquiry(payload, validSubmission({ website: 'http://spam.example' }), { ip: nextIp() })
    expect(outcome.status).toBe(400)
  })

  it('should refuse a preferred station that does not exist', async () => {
    const outcome = await submitEnquiry(payload, validSubmission({ preferredStation: '00000000-0000-4000-8000-000000000000' }), { ip: nextIp() })
    expect(outcome).toEqual({ status: 400, errors: { preferredStation: '请从列表中选择服务站' } })
  })

  it('should answer 429 when one phone number submits too often', async () => {
    const phone = '13700000001'
    const outcomes = []
    for (let index = 0; index < 6; index += 1) outcomes.push(await submitEnquiry(payload, validSubmission({ phone }), { ip: nextIp() }))
    expect(outcomes.slice(0, 5).every((outcome) => outcome.status === 201)).toBe(true)
    expect(outcomes[5]).toMatchObject({ status: 429, message: expect.stringContaining('手机号码') })
  })

  it('should refuse a solved check used for a second submission, and one burnt by a wrong answer, storing nothing', async () => {
    const first = validSubmission()
    expect((await submitEnquiry(payload, first, { ip: nextIp() })).status).toBe(201)
    const before = (await payload.count({ collection: 'enquiries' })).totalDocs
    // The same solved token with another submission key: an attacker replaying one solved check.
    const replayed = await submitEnquiry(payload, validSubmission({ challenge: first.challenge, answer: first.answer }), { ip: nextIp() })
    expect(replayed).toEqual({ status: 400, errors: { answer: '这道验证问题已经用过,请回答新的验证问题后重新提交' } })
    // A wrong answer burns the token: the right answer afterwards does not pass with it.
    const guessed = validSubmission()
    expect(await submitEnquiry(payload, { ...guessed, answer: '100' }, { ip: nextIp() })).toMatchObject({ status: 400 })
    expect(await submitEnquiry(payload, guessed, { ip: nextIp() })).toEqual({ status: 400, errors: { answer: '这道验证问题已经用过,请回答新的验证问题后重新提交' } })
    expect((await payload.count({ collection: 'enquiries' })).totalDocs).toBe(before)
  })

  it('should count neither limit for a submission whose check failed', async () => {
    const phone = '13700000002'
    const ip = nextIp()
    const { limit } = DEFAULT_LIMITS.submitPerPhone
    for (let index = 0; index <= limit; index += 1) {
      expect(await submitEnquiry(payload, validSubmission({ phone, answer: '100' }), { ip })).toMatchObject({ status: 400 })
    }
    expect(await submitEnquiry(payload, validSubmission({ phone }), { ip })).toMatchObject({ status: 201 })
  })

  it('should answer 429 when one address submits too often', async () => {
    const ip = nextIp()
    const outcomes = []
    const { limit } = DEFAULT_LIMITS.submitPerIp
    for (let index = 0; index <= limit; index += 1) outcomes.push(await submitEnquiry(payload, validSubmission(), { ip }))
    expect(outcomes.filter((outcome) => outcome.status === 201)).toHaveLength(limit)
    expect(outcomes[limit]).toMatchObject({ status: 429, message: expect.stringMatching(/^这台电脑或网络近期提交的留言较多,请 60 分钟后再试。.*您填写的内容没有丢失/) })
  })

  it('should count lookups per tracking code, refusing a code tried too often from any address, with a message that blames no one', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error('not stored')
    const { limit } = DEFAULT_LIMITS.lookupPerCode
    const tries = []
    for (let index = 0; index < limit; index += 1) tries.push(await lookupEnquiry(payload, { code: outcome.trackingCode, secret: 'WRONG234', ip: nextIp() }))
    expect(tries.every((found) => found.status === 404)).toBe(true)
    const held = await lookupEnquiry(payload, { code: outcome.trackingCode.replace('-', ''), secret: outcome.secret, ip: nextIp() })
    expect(held).toMatchObject({ status: 429, message: expect.stringMatching(/^这个查询码近期查询的次数较多,为保护您的留言,请 10 分钟后再试。/) })
  })

  it('should let one address look up many codes, and past its generous limit tell a shared computer what to do', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error('not stored')
    const ip = nextIp()
    const { limit } = DEFAULT_LIMITS.lookupPerIp
    const others = Array.from({ length: limit - 1 }, () => generateTrackingCode())
    const statuses = new Set<number>()
    for (let start = 0; start < others.length; start += 50) {
      const batch = await Promise.all(others.slice(start, start + 50).map((code) => lookupEnquiry(payload, { code, secret: 'WRONG234', ip })))
      for (const found of batch) statuses.add(found.status)
    }
    expect([...statuses]).toEqual([404])
    expect((await lookupEnquiry(payload, { code: outcome.trackingCode, secret: outcome.secret, ip })).status).toBe(200)
    const held = await lookupEnquiry(payload, { code: outcome.trackingCode, secret: outcome.secret, ip })
    expect(held).toMatchObject({ status: 429, message: expect.stringMatching(/^这台电脑或网络近期查询的次数较多,请 10 分钟后再试。.*如在服务站代查,可请工作人员/) })
  })

  it('should show the submitter the status with code and secret, without personal data', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error('not stored')
    const found = await lookupEnquiry(payload, { code: outcome.trackingCode.toLowerCase(), secret: outcome.secret, ip: nextIp() })
    expect(found.status).toBe(200)
    if (found.status !== 200) return
    expect(found.view).toMatchObject({ status: 'submitted', reply: null, kind: 'question' })
    const text = JSON.stringify(found.view)
    for (const secretWord of ['张三', '139', '110105', 'phone', 'contact', 'secretHash']) expect(text).not.toContain(secretWord)
  })

  it('should not find a case with a wrong secret', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error('not stored')
    const found = await lookupEnquiry(payload, { code: outcome.trackingCode, secret: 'WRONG234', ip: nextIp() })
    expect(found.status).toBe(404)
  })

  it('should find the case however the code is typed: no hyphen, full-width dash, spaces, lower case', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error('not stored')
    const [left, right] = outcome.trackingCode.split('-')
    for (const typed of [`${left}${right}`, `${left}－${right}`, `${left} — ${right}`, ` ${left.toLowerCase()} ${right.toLowerCase()} `]) {
      const found = await lookupEnquiry(payload, { code: typed, secret: ` ${outcome.secret.toLowerCase()} `, ip: nextIp() })
      expect(found.status, typed).toBe(200)
      if (found.status === 200) expect(found.view.trackingCode).toBe(outcome.trackingCode)
    }
  })

  it('should say the code is malformed only by its form, and never which of code or secret is wrong', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error('not stored')
    const malformed = await lookupEnquiry(payload, { code: 'K7Q2M-9XR4', secret: outcome.secret, ip: nextIp() })
    expect(malformed).toEqual({ status: 400, field: 'code', message: CODE_FORMAT_MESSAGE })
    expect(CODE_FORMAT_MESSAGE).toContain('K7Q2M-9XR4D')
    const wrongSecret = await lookupEnquiry(payload, { code: outcome.trackingCode, secret: 'WRONG234', ip: nextIp() })
    const unknownCode = await lookupEnquiry(payload, { code: outcome.trackingCode === 'AAAAA-AAAAA' ? 'BBBBB-BBBBB' : 'AAAAA-AAAAA', secret: outcome.secret, ip: nextIp() })
    expect(wrongSecret.status).toBe(404)
    expect(unknownCode).toEqual(wrongSecret)
  })

  it('should say where the receipt was e-mailed, masked, also on a retry', async () => {
    const input = validSubmission({ email: 'wang.jianjun@example.com' })
    expect(await submitEnquiry(payload, input, { ip: nextIp() })).toMatchObject({ status: 201, emailedTo: 'w***@example.com' })
    expect(await submitEnquiry(payload, input, { ip: nextIp() })).toMatchObject({ status: 200, emailedTo: 'w***@example.com' })
  })

  it('should show the submitter the deadline the case runs against: 受理期限, then 答复期限, then none', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error('not stored')
    const credentials = { code: outcome.trackingCode, secret: outcome.secret, ip: nextIp() }
    const [doc] = await stored(outcome.trackingCode)
    const submitted = await lookupEnquiry(payload, credentials)
    expect(submitted.status === 200 && submitted.view.deadline).toEqual({ kind: 'accept', at: doc.acceptDeadline, extended: false })
    const accepted = await payload.update({ collection: 'enquiries', id: doc.id, data: { status: 'accepted' }, depth: 0 })
    const running = await lookupEnquiry(payload, { ...credentials, ip: nextIp() })
    expect(running.status === 200 && running.view.deadline).toEqual({ kind: 'answer', at: accepted.answerDeadline, extended: false })
  })

  it('should answer 503 with a Chinese message when the database fails', async () => {
    const create = payload.create
    payload.create = (() => Promise.reject(new Error('SQLITE_BUSY: database is locked'))) as typeof payload.create
    try {
      const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
      expect(outcome).toMatchObject({ status: 503, message: expect.stringContaining('稍后再提交') })
    } finally {
      payload.create = create
    }
  })
})
