import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueChallenge, submitOpinion } from '../../src/payload/cases'
import { consultationsWithoutFeedback } from '../../src/payload/collections/Consultations'
import { decrypt } from '../../src/payload/cases/infrastructure/keys'
import { CONSULTATION_SUBMIT_CLOSED, MISSING_FEEDBACK } from '../../src/payload/constants/consultations'
import { payloadSecret } from '../../src/payload/env'
import { runPrePublishChecks } from '../../src/payload/workflow/checks'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { nextIp } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { lexicalBody, reviewTeam } from '../helpers/workflowFixtures'

const DAY = 86_400_000
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString()

/** An opinion as the form sends it, with the written sum answered. */
const opinion = (consultation: string, overrides: Record<string, unknown> = {}) => {
  const { token, question } = issueChallenge(payloadSecret())
  const [a, b] = question.match(/\d+/g)!.map(Number)
  return {
    consultation,
    body: '建议第三条写明上门服务的预约电话,并设回访记录本。',
    name: '李四',
    phone: `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    consent: true,
    submissionKey: randomUUID(),
    challenge: token,
    answer: String(a + b),
    ...overrides,
  }
}

describe('意见征集: the consultation lifecycle and its opinions', () => {
  let payload: Payload
  let team: Awaited<ReturnType<typeof reviewTeam>>
  let consultation: string
  const phone = '13700001111'

  beforeAll(async () => {
    payload = await getTestPayload()
    team = await reviewTeam(payload)
    // Published by a system save (no user), as the seed does.
    const created = await payload.create({
      collection: 'consultations',
      data: {
        title: `生命周期测试征集 ${process.pid}-${Date.now()}`,
        opensAt: day(-1),
        closesAt: day(10),
        draft: lexicalBody('征求意见稿正文。') as never,
        howToRespond: '在本页填写。',
        slug: `lifecycle-${process.pid}-${Date.now()}`,
        _status: 'published',
      },
    })
    consultation = String(created.id)
  })
  afterAll(() => releaseTestPayload(payload))

  const opinionsOf = async () => (await payload.find({ collection: 'consultationOpinions', where: { consultation: { equals: consultation } }, depth: 0, pagination: false })).docs

  it('should take an opinion while open, storing the phone number only encrypted, and a retry only once', async () => {
    const input = opinion(consultation, { phone })
    expect(await submitOpinion(payload, input, { ip: nextIp() })).toEqual({ status: 201 })
    expect(await submitOpinion(payload, input, { ip: nextIp() })).toEqual({ status: 200 })
    const docs = await opinionsOf()
    expect(docs).toHaveLength(1)
    expect(docs[0].contact?.phoneMasked).toBe('137****1111')
    expect(JSON.stringify(docs[0])).not.toContain(phone)
    const sealed = await payload.find({ collection: 'consultationOpinions', where: { id: { equals: docs[0].id } }, depth: 0, showHiddenFields: true })
    expect(decrypt(sealed.docs[0].contact!.phoneSealed!)).toBe(phone)
  })

  it('should refuse invalid input, a wrong answer and a honeypot with messages, storing nothing', async () => {
    const before = (await opinionsOf()).length
    expect(await submitOpinion(payload, opinion(consultation, { body: '', phone: '12', consent: false }), { ip: nextIp() })).toEqual({
      status: 400,
      errors: { body: '意见至少 5 个字', phone: '请填写 11 位手机号码,例如 13812341234', consent: '请阅读并同意《个人信息保护说明》后再提交' },
    })
    expect(await submitOpinion(payload, opinion(consultation, { answer: '99' }), { ip: nextIp() })).toMatchObject({ status: 400, errors: { answer: expect.any(String) } })
    expect(await submitOpinion(payload, opinion(consultation, { website: 'http://spam.example' }), { ip: nextIp() })).toMatchObject({ status: 400 })
    expect(await opinionsOf()).toHaveLength(before)
  })

  it('should refuse opinions on an unpublished or not yet open consultation', async () => {
    const draft = await payload.create({
      collection: 'consultations',
      data: { title: '草稿征集', opensAt: day(-1), closesAt: day(5), draft: lexicalBody('草稿。') as never, howToRespond: '本页', slug: `draft-${Date.now()}` },
      draft: true,
    })
    expect(await submitOpinion(payload, opinion(String(draft.id)), { ip: nextIp() })).toMatchObject({ status: 400, errors: { form: expect.any(String) } })
    expect(await submitOpinion(payload, opinion(consultation), { ip: nextIp(), now: new Date(Date.now() - 3 * DAY) })).toEqual({
      status: 403,
      message: CONSULTATION_SUBMIT_CLOSED,
    })
  })

  it('should refuse opinions once closed (server-side) and flag the missing feedback to staff', async () => {
    await payload.update({ collection: 'consultations', id: consultation, data: { opensAt: day(-20), closesAt: day(-2) } })
    const before = (await opinionsOf()).length
    expect(await submitOpinion(payload, opinion(consultation), { ip: nextIp() })).toEqual({ status: 403, message: CONSULTATION_SUBMIT_CLOSED })
    expect(await opinionsOf()).toHaveLength(before)
    const doc = await payload.findByID({ collection: 'consultations', id: consultation, depth: 0 })
    expect(doc.hasFeedback).toBe(false)
    const report = await runPrePublishChecks(payload, 'consultations', doc as never)
    expect(report.warnings.map((warning) => warning.message)).toContain(MISSING_FEEDBACK)
    // The admin start page lists it under 意见征集待反馈.
    expect((await consultationsWithoutFeedback(payload)).map((entry) => String(entry.id))).toContain(consultation)
  })

  it('should publish the 反馈情况 only through review, then show it to the public', async () => {
    const { editor, reviewer, reviewer2, publisher } = team
    const feedback = { received: 1, adopted: 1, summary: lexicalBody('共收到意见 1 条,已采纳:写明上门服务的预约电话。') as never }
    await payload.update({ collection: 'consultations', id: consultation, data: { feedback }, draft: true, user: editor, overrideAccess: false })
    const publicView = async () => (await payload.find({ collection: 'consultations', where: { id: { equals: consultation } }, depth: 1, overrideAccess: false })).docs[0]
    expect((await publicView()).hasFeedback).toBe(false)
    const step = (user: typeof editor, action: 'submit' | 'approve' | 'publish') =>
      performTransition(payload, { collection: 'consultations', id: consultation, user, input: { action } })
    await step(editor, 'submit')
    await step(reviewer, 'approve')
    await step(reviewer2, 'approve')
    await step(publisher, 'approve')
    await step(publisher, 'publish')
    const seen = await publicView()
    expect(seen.hasFeedback).toBe(true)
    expect(seen.feedback?.received).toBe(1)
    expect(JSON.stringify(seen.feedback?.summary)).toContain('已采纳')
    const report = await runPrePublishChecks(payload, 'consultations', seen as never)
    expect(report.warnings.map((warning) => warning.message)).not.toContain(MISSING_FEEDBACK)
    expect((await consultationsWithoutFeedback(payload)).map((entry) => String(entry.id))).not.toContain(consultation)
  })

  it('should never show opinions or their personal data to the public', async () => {
    await expect(payload.find({ collection: 'consultationOpinions', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'consultationOpinions', data: { consultation, body: '直接写入的意见' }, overrideAccess: false }),
    ).rejects.toThrow()
    const seen = await payload.find({ collection: 'consultations', where: { id: { equals: consultation } }, depth: 2, overrideAccess: false })
    const text = JSON.stringify(seen)
    expect(text).not.toContain('回访记录本') // the opinion's own text is never joined in
    expect(text).not.toContain('137****1111')
    expect(text).not.toContain('李四')
    // Staff who write content read opinions masked; the sealed number is never returned.
    const staffView = await payload.find({ collection: 'consultationOpinions', where: { consultation: { equals: consultation } }, user: team.editor, overrideAccess: false })
    expect(staffView.docs[0].contact?.phoneMasked).toBe('137****1111')
    expect(staffView.docs[0].contact?.phoneSealed).toBeUndefined()
    expect(JSON.stringify(staffView.docs)).not.toContain(phone)
  })
})
