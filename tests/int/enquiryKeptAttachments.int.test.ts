import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitEnquiry, type SubmittedFile } from '../../src/payload/cases'
import { dataDir } from '../../src/payload/env'
import { nextIp, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const photo = async (name = '门口照片.png'): Promise<SubmittedFile> => {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#36c' } }).png().toBuffer()
  return { name, size: data.length, data }
}
const notAFile = (): SubmittedFile => ({ name: 'notes.txt', size: 5, data: Buffer.from('hello') })

/** Without JavaScript a submission sent back keeps its files for the corrected one, as the island's file field does. */
describe('attachments kept for a corrected submission (the form without JavaScript)', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  const attachmentsOf = async (trackingCode: string) => {
    const item = (await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: trackingCode } }, depth: 0 })).docs[0]
    return (await payload.find({ collection: 'enquiryAttachments', where: { enquiry: { equals: item.id } }, depth: 0 })).docs
  }
  const pendingFolders = () => (existsSync(path.join(dataDir(), 'enquiry-pending')) ? readdirSync(path.join(dataDir(), 'enquiry-pending')) : [])

  it('should keep the file of a submission with a wrong answer and store it with the corrected one', async () => {
    const first = validSubmission({ answer: '999' })
    const sentBack = await submitEnquiry(payload, first, { ip: nextIp(), files: [await photo()], keepFiles: true })
    expect(sentBack).toMatchObject({ status: 400, errors: { answer: expect.any(String) }, kept: [{ name: '门口照片.png' }], dropped: 0 })
    const corrected = validSubmission({ submissionKey: first.submissionKey })
    const stored = await submitEnquiry(payload, corrected, { ip: nextIp(), keepFiles: true })
    if (stored.status !== 201) throw new Error(`not stored: ${JSON.stringify(stored)}`)
    const attachments = await attachmentsOf(stored.trackingCode)
    expect(attachments).toHaveLength(1)
    expect(attachments[0].mimeType).toBe('image/png')
  })

  it('should keep files across several tries, up to three in all, and say how many must be chosen again', async () => {
    const first = validSubmission({ phone: '123' })
    const once = await submitEnquiry(payload, first, { ip: nextIp(), files: [await photo('一.png'), notAFile()], keepFiles: true })
    expect(once).toMatchObject({ status: 400, kept: [{ name: '一.png' }], dropped: 1 })
    const twice = await submitEnquiry(payload, { ...first, phone: '456' }, { ip: nextIp(), files: [await photo('二.png'), await photo('三.png'), await photo('四.png')], keepFiles: true })
    expect(twice).toMatchObject({ status: 400, errors: { attachments: '最多上传 3 个附件' }, kept: [{ name: '一.png' }, { name: '二.png' }, { name: '三.png' }], dropped: 1 })
  })

  it('should leave out a kept file the submitter removed', async () => {
    const first = validSubmission({ answer: '999' })
    const sentBack = await submitEnquiry(payload, first, { ip: nextIp(), files: [await photo('留.png'), await photo('删.png')], keepFiles: true })
    if (sentBack.status !== 400 || !sentBack.kept) throw new Error('not kept')
    const removed = sentBack.kept.find((file) => file.name === '删.png')!.id
    const stored = await submitEnquiry(payload, validSubmission({ submissionKey: first.submissionKey }), { ip: nextIp(), keepFiles: true, removeKept: [removed] })
    if (stored.status !== 201) throw new Error('not stored')
    expect(await attachmentsOf(stored.trackingCode)).toHaveLength(1)
  })

  it('should keep nothing for the island, which keeps its own file field, and leave no folder behind', async () => {
    const before = pendingFolders().length
    const sentBack = await submitEnquiry(payload, validSubmission({ answer: '999' }), { ip: nextIp(), files: [await photo()] })
    expect(sentBack).not.toHaveProperty('kept')
    expect(pendingFolders().length).toBe(before)
  })
})
