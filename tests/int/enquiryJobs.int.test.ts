import { readFileSync } from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { submitEnquiry } from '../../src/payload/cases'
import { decrypt, generateKeySpec, keyIdOf, keysDir } from '../../src/payload/cases/infrastructure/keys'
import { PURGED_SUBJECT, purgeExpiredPersonalData, refreshClocks, rekeyPersonalData } from '../../src/payload/cases/payload/jobs'
import { nextIp, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

describe('enquiry jobs', () => {
  let payload: Payload
  let req: PayloadRequest

  const newCase = async (overrides: Record<string, unknown> = {}, withPhoto = false) => {
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer()
    const files = withPhoto ? [{ name: 'photo.png', size: photo.length, data: photo }] : []
    const outcome = await submitEnquiry(payload, validSubmission(overrides), { ip: nextIp(), files })
    if (outcome.status !== 201) throw new Error('not stored')
    return (await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: outcome.trackingCode } }, depth: 0 })).docs[0]
  }
  const force = (id: string, data: Record<string, unknown>) =>
    payload.update({ collection: 'enquiries', id, data, context: { skipCaseRules: true }, depth: 0 })

  beforeAll(async () => {
    payload = await getTestPayload()
    req = await createLocalReq({}, payload)
  })
  afterAll(() => releaseTestPayload(payload))

  it('should purge the personal data and attachments of a case closed longer ago than the retention period and keep its statistics', async () => {
    const old = await newCase({ name: '王五' }, true)
    const recent = await newCase()
    expect((await payload.count({ collection: 'enquiryAttachments', where: { enquiry: { equals: old.id } } })).totalDocs).toBe(1)
    await force(old.id, { status: 'closed', closedAt: '2020-01-01T00:00:00.000Z', answeredAt: '2019-12-20T00:00:00.000Z' })
    await force(recent.id, { status: 'closed', closedAt: new Date().toISOString() })
    expect(await purgeExpiredPersonalData(req)).toBe(1)
    const purged = await payload.findByID({ collection: 'enquiries', id: old.id, depth: 0 })
    expect(purged).toMatchObject({ subject: PURGED_SUBJECT, body: '', status: 'closed', kind: 'question', answeredAt: '2019-12-20T00:00:00.000Z' })
    expect(purged.contact).toMatchObject({ name: '', phoneMasked: '', phoneSealed: '', idCardSealed: '' })
    expect(purged.purgedAt).toBeTruthy()
    expect((await payload.count({ collection: 'enquiryAttachments', where: { enquiry: { equals: old.id } } })).totalDocs).toBe(0)
    expect((await payload.findByID({ collection: 'enquiries', id: recent.id, depth: 0 })).contact?.name).toBe('张三')
  })

  it('should mark an overdue case and remind the bureau handlers when no one is assigned', async () => {
    const item = await newCase()
    await force(item.id, { acceptDeadline: '2026-01-05T15:59:59.999Z' })
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    try {
      const result = await refreshClocks(req)
      expect(result.updated).toBeGreaterThanOrEqual(1)
      expect((await payload.findByID({ collection: 'enquiries', id: item.id, depth: 0 })).clockState).toBe('overdue')
      const toHandler = sendEmail.mock.calls.find(([message]) => message?.to === 'handler@demo.example')
      expect(toHandler?.[0]?.text).toContain(item.trackingCode)
    } finally {
      sendEmail.mockRestore()
    }
  })

  it('should re-encrypt sealed data with a newly rotated key and still decrypt it', async () => {
    const item = await newCase({ phone: '13512345678' })
    const current = readFileSync(path.join(keysDir(), 'enquiry-keys'), 'utf8').trim()
    process.env.ENQUIRY_KEYS = `${generateKeySpec('rotated')},${current}`
    try {
      expect(await rekeyPersonalData(req)).toBeGreaterThanOrEqual(1)
      const sealed = await payload.findByID({ collection: 'enquiries', id: item.id, depth: 0 })
      expect(keyIdOf(sealed.contact!.phoneSealed!)).toBe('rotated')
      expect(decrypt(sealed.contact!.phoneSealed!)).toBe('13512345678')
      expect(await rekeyPersonalData(req)).toBe(0)
    } finally {
      delete process.env.ENQUIRY_KEYS
    }
  })
})
