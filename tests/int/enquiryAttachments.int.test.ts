import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitEnquiry, type SubmittedFile } from '../../src/payload/cases'
import type { User } from '../../src/payload-types'
import { nextIp, userByEmail, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const photoWithGps = async (): Promise<SubmittedFile> => {
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker', Artist: '张三' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '25/1 3/1 0/1' } })
    .toBuffer()
  return { name: '张三家门口.jpg', size: data.length, data }
}

describe('enquiry attachments', () => {
  let payload: Payload
  let handler: User
  let otherHandler: User

  const attachmentsOf = async (trackingCode: string, user?: User) => {
    const item = (await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: trackingCode } }, depth: 0 })).docs[0]
    return payload.find({
      collection: 'enquiryAttachments',
      where: { enquiry: { equals: item.id } },
      depth: 0,
      ...(user ? { user, overrideAccess: false } : {}),
    })
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    handler = await userByEmail(payload, 'handler@demo.example')
    const stations = await payload.find({ collection: 'stations', limit: 1, depth: 0 })
    otherHandler = await payload.create({
      collection: 'users',
      data: { email: 'attach-other@test.example', name: '他站', roles: ['caseHandler'], station: String(stations.docs[0].id), password: 'test-pass-2026' },
    })
  })
  afterAll(() => releaseTestPayload(payload))

  it('should store a photo re-encoded, without EXIF or GPS data and under a generic name', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp(), files: [await photoWithGps()] })
    if (outcome.status !== 201) throw new Error(JSON.stringify(outcome))
    const { docs } = await attachmentsOf(outcome.trackingCode)
    expect(docs).toHaveLength(1)
    expect(docs[0].filename).toBe('attachment-1.jpg')
    const stored = readFileSync(path.join(payload.collections.enquiryAttachments.config.upload.staticDir!, docs[0].filename!))
    const metadata = await sharp(stored).metadata()
    expect(metadata.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false)
  })

  it('should refuse a file whose content is not an image or PDF, whatever its name, and store nothing', async () => {
    const before = await payload.count({ collection: 'enquiries' })
    const fake = Buffer.from('<html><script>alert(1)</script></html>')
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp(), files: [{ name: 'photo.jpg', size: fake.length, data: fake }] })
    expect(outcome).toEqual({ status: 400, errors: { attachments: '附件只能是 JPG、PNG 图片或 PDF 文件,请重新选择' } })
    expect((await payload.count({ collection: 'enquiries' })).totalDocs).toBe(before.totalDocs)
  })

  it('should refuse more than three files', async () => {
    const photo = await photoWithGps()
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp(), files: [photo, photo, photo, photo] })
    expect(outcome).toEqual({ status: 400, errors: { attachments: '最多上传 3 个附件' } })
  })

  it('should show attachments only to staff who see the case, never to the public', async () => {
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp(), files: [await photoWithGps()] })
    if (outcome.status !== 201) throw new Error('not stored')
    expect((await attachmentsOf(outcome.trackingCode, handler)).totalDocs).toBe(1)
    expect((await attachmentsOf(outcome.trackingCode, otherHandler)).totalDocs).toBe(0)
    await expect(
      payload.find({ collection: 'enquiryAttachments', overrideAccess: false, depth: 0 }),
    ).rejects.toThrow()
  })
})
