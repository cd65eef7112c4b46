import { readFileSync } from 'node:fs'

import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitEnquiry } from '../../src/payload/cases'
import { outboxDir } from '../../src/payload/cases/infrastructure/outbox'
import { refreshClocks } from '../../src/payload/cases/payload/jobs'
import { nextIp, validSubmission } from '../helpers/enquiryFixtures'
import { type OutboxMail, outboxMails } from '../helpers/enquiryOutbox'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/** The outbox is shared by the test files running at once: a mail is found by its recipient. */
const mailTo = async (address: string, matching: (mail: OutboxMail) => boolean = () => true): Promise<OutboxMail> => {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const found = outboxMails(outboxDir()).find((mail) => mail.headers.to === address && matching(mail))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no mail to ${address} in ${outboxDir()}`)
}

describe('e-mail through the outbox adapter', () => {
  let payload: Payload
  beforeAll(async () => {
    delete process.env.SMTP_URL
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  it('should send the submitter a receipt with the tracking code and secret, and no phone or ID-card number', async () => {
    const email = `receipt-${Date.now()}@example.com`
    const input = validSubmission({ email, phone: '13923456789', idCard: '11010519491231002X', name: '李四' })
    const outcome = await submitEnquiry(payload, input, { ip: nextIp() })
    if (outcome.status !== 201) throw new Error(`unexpected ${outcome.status}`)
    expect(outcome.emailedTo).toBe('r***@example.com')
    const mail = await mailTo(email)
    expect(mail.subject).toBe('留言已收到')
    expect(mail.body).toContain(`查询码 ${outcome.trackingCode}`)
    expect(mail.body).toContain(`查询密码 ${outcome.secret}`)
    const raw = readFileSync(mail.file, 'utf8')
    for (const text of [mail.body, raw]) {
      expect(text).not.toContain('13923456789')
      expect(text).not.toContain('11010519491231002X')
      expect(text).not.toContain('李四')
    }
  })

  it('should send no e-mail to a submitter who gave no address', async () => {
    const before = outboxMails(outboxDir()).length
    const input = validSubmission({ subject: '没有邮箱的留言' })
    const outcome = await submitEnquiry(payload, input, { ip: nextIp() })
    expect(outcome).toMatchObject({ status: 201, emailedTo: null })
    expect(await submitEnquiry(payload, input, { ip: nextIp() })).toMatchObject({ status: 200, emailedTo: null })
    await new Promise((resolve) => setTimeout(resolve, 500))
    const code = (outcome as { trackingCode: string }).trackingCode
    expect(outboxMails(outboxDir()).slice(before).filter((mail) => mail.body.includes(code))).toEqual([])
  })

  it('should send the handler reminders of the daily clock job through the adapter', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error(`unexpected ${outcome.status}`)
    const [item] = (await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: outcome.trackingCode } }, depth: 0 })).docs
    await payload.update({ collection: 'enquiries', id: item.id, data: { acceptDeadline: '2026-01-05T15:59:59.999Z' }, context: { skipCaseRules: true } })
    await refreshClocks(await createLocalReq({}, payload))
    const mail = await mailTo('handler@demo.example', (one) => one.body.includes(outcome.trackingCode))
    expect(mail.subject).toMatch(/^留言办理提醒:\d+ 件即将到期或已超期$/)
  })

  it("should send Payload's own password-reset mail through the adapter", async () => {
    await payload.forgotPassword({ collection: 'users', data: { email: 'editor@demo.example' } })
    const mail = await mailTo('editor@demo.example', (one) => one.body.includes('/admin/reset/'))
    expect(mail.subject).toMatch(/[\u4e00-\u9fff]/)
  })
})
