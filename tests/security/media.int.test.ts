import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { backfillMediaUse } from '../../src/payload/collections/Media/backfillMediaUse'
import { MEDIA_ERRORS } from '../../src/payload/constants/media'
import { mediaDir } from '../../src/payload/env'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { fieldErrors } from '../helpers/fieldErrors'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { demoUser, writeNews } from '../helpers/workflowFixtures'
import { htmlPolyglot, jpegWithExif, oversizePdf, pixelBombPng, plainPng, svgImage } from './mediaFixtures'

const asPublic = { overrideAccess: false } as const

describe('media files and their publicity', () => {
  let payload: Payload
  let admin: User, editor: User, reviewer: User, reviewer2: User, publisher: User, station: User, handler: User
  let counter = 0

  beforeAll(async () => {
    payload = await getTestPayload()
    ;[admin, editor, reviewer, reviewer2, publisher, station, handler] = await Promise.all(
      ['admin', 'editor', 'reviewer', 'reviewer2', 'publisher', 'station', 'handler'].map((name) => demoUser(payload, name)),
    )
  }, 120_000)
  afterAll(() => releaseTestPayload(payload))

  const upload = (user: User, data: Buffer, name = `picture-${++counter}.png`, mimetype = 'image/png') =>
    payload.create({
      collection: 'media',
      data: { alt: `测试图片 ${counter}` },
      file: { data, mimetype, name, size: data.length },
      user,
      overrideAccess: false,
    })
  const newPicture = async (user: User = editor) => upload(user, await plainPng(++counter))

  const publicMedia = (id: string) =>
    payload.find({ collection: 'media', where: { id: { equals: id } }, depth: 0, ...asPublic }).then((r) => r.docs[0] ?? null)
  const mediaAs = (user: User, id: string) =>
    payload.find({ collection: 'media', where: { id: { equals: id } }, depth: 0, user, ...asPublic }).then((r) => r.docs[0] ?? null)

  const step = (id: string, user: User, action: 'submit' | 'approve' | 'publish' | 'unpublish') =>
    performTransition(payload, { collection: 'news', id, user, input: { action } })
  const publish = async (id: string) => {
    await step(id, editor, 'submit')
    await step(id, reviewer, 'approve')
    await step(id, reviewer2, 'approve')
    await step(id, publisher, 'publish')
  }

  const auditFor = (id: string) =>
    payload.find({ collection: 'auditLog', where: { documentId: { equals: id } }, sort: 'createdAt', depth: 0 }).then((r) => r.docs)

  it('should list to the public only files that published, public content uses', async () => {
    const listed = await payload.find({ collection: 'media', pagination: false, depth: 0, ...asPublic })
    const all = await payload.find({ collection: 'media', pagination: false, depth: 0 })
    expect(listed.docs.length).toBeGreaterThan(0)
    expect(listed.docs.length).toBeLessThan(all.docs.length)
    expect(listed.docs.every((doc) => doc.publicUse === true)).toBe(true)
    const unconsented = all.docs.find((doc) => doc.originalFilename === 'portrait-08.jpg')!
    expect(await publicMedia(unconsented.id)).toBeNull()
    const consented = all.docs.find((doc) => doc.originalFilename === 'portrait-01.jpg')!
    expect(await publicMedia(consented.id)).not.toBeNull()
  })

  it('should keep a draft-only file private, publish it with its item and hide it again on unpublish', async () => {
    const picture = await newPicture()
    const draft = await writeNews(payload, editor, { cover: picture.id })
    expect(await publicMedia(picture.id)).toBeNull()
    await publish(draft.id)
    expect(await publicMedia(picture.id)).not.toBeNull()
    await step(draft.id, publisher, 'unpublish')
    expect(await publicMedia(picture.id)).toBeNull()
  })

  it('should keep the published picture public while a draft swaps it, and swap the files at publication', async () => {
    const [first, second] = [await newPicture(), await newPicture()]
    const item = await writeNews(payload, editor, { cover: first.id })
    await publish(item.id)
    await payload.update({ collection: 'news', id: item.id, data: { cover: second.id }, draft: true, user: editor, ...asPublic })
    expect(await publicMedia(first.id)).not.toBeNull()
    expect(await publicMedia(second.id)).toBeNull()
    await publish(item.id)
    expect(await publicMedia(second.id)).not.toBeNull()
    expect(await publicMedia(first.id)).toBeNull()
  })

  it('should find files in rich text upload nodes and attachment lists', async () => {
    const [inBody, attached] = [await newPicture(), await newPicture()]
    const body = {
      root: {
        type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
        children: [{ type: 'upload', version: 3, format: '', relationTo: 'media', value: inBody.id, fields: null, id: 'node1' }],
      },
    }
    const item = await writeNews(payload, editor, { body, attachments: [attached.id] })
    expect(await publicMedia(inBody.id)).toBeNull()
    await publish(item.id)
    expect(await publicMedia(inBody.id)).not.toBeNull()
    expect(await publicMedia(attached.id)).not.toBeNull()
  })

  it('should make files of a deleted item private', async () => {
    const picture = await newPicture()
    const item = await writeNews(payload, editor, { cover: picture.id })
    await publish(item.id)
    await payload.delete({ collection: 'news', id: item.id, user: publisher, ...asPublic })
    expect(await publicMedia(picture.id)).toBeNull()
  })

  it('should show a station its own private upload but not another person’s, and a case handler only public files', async () => {
    const own = await newPicture(station)
    const others = await newPicture(editor)
    expect(await mediaAs(station, own.id)).not.toBeNull()
    expect(await mediaAs(station, others.id)).toBeNull()
    expect(await mediaAs(handler, own.id)).toBeNull()
    expect(await mediaAs(editor, own.id)).not.toBeNull()
  })

  it('should refuse station staff changing a file someone else uploaded', async () => {
    const others = await newPicture(editor)
    await expect(payload.update({ collection: 'media', id: others.id, data: { alt: '被改' }, user: station, ...asPublic })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'media', id: others.id, depth: 0 })).alt).toBe(others.alt)
  })

  it('should refuse replacing a file or its text while content uses it, in any state, and keep the stored file', async () => {
    const published = await payload.find({ collection: 'media', where: { publicUse: { equals: true } }, limit: 1, depth: 0 }).then((r) => r.docs[0])
    const replacement = await plainPng(250)
    const errors = await fieldErrors(
      payload.update({
        collection: 'media',
        id: published.id,
        data: { alt: '偷换的图片' },
        file: { data: replacement, mimetype: 'image/png', name: 'swap.png', size: replacement.length },
        user: admin,
        ...asPublic,
      }),
    )
    expect(errors).toEqual([expect.objectContaining({ path: 'file', message: MEDIA_ERRORS.inUse })])
    const after = await payload.findByID({ collection: 'media', id: published.id, depth: 0 })
    expect(after.alt).toBe(published.alt)
    expect(after.filename).toBe(published.filename)
    for (const name of [published.filename, ...Object.values(published.sizes ?? {}).map((size) => size?.filename)]) {
      if (name) expect(existsSync(path.join(mediaDir(), name))).toBe(true)
    }

    const underReview = await newPicture()
    const draft = await writeNews(payload, editor, { cover: underReview.id })
    await step(draft.id, editor, 'submit')
    const draftErrors = await fieldErrors(payload.update({ collection: 'media', id: underReview.id, data: { alt: '审核中偷换' }, user: editor, ...asPublic }))
    expect(draftErrors.map((error) => error.message)).toEqual([MEDIA_ERRORS.inUse])
  })

  it('should refuse deleting a file published content uses', async () => {
    const published = await payload.find({ collection: 'media', where: { publicUse: { equals: true } }, limit: 1, depth: 0 }).then((r) => r.docs[0])
    await expect(payload.delete({ collection: 'media', id: published.id, user: publisher, ...asPublic })).rejects.toThrow(MEDIA_ERRORS.publishedUse)
    expect(await publicMedia(published.id)).not.toBeNull()
  })

  it('should write every upload, change and deletion of a file to the audit log', async () => {
    const picture = await newPicture(station)
    await payload.update({ collection: 'media', id: picture.id, data: { alt: '改过的说明' }, user: station, ...asPublic })
    await payload.delete({ collection: 'media', id: picture.id, user: publisher, ...asPublic })
    const entries = await auditFor(picture.id)
    expect(entries.map(({ action, actor }) => ({ action, actor }))).toEqual([
      { action: 'mediaUpload', actor: station.id },
      { action: 'mediaEdit', actor: station.id },
      { action: 'delete', actor: publisher.id },
    ])
    expect(picture.uploadedBy).toBe(station.id)
  })

  it('should store the original without EXIF or GPS, turned upright, and derive sizes from it', async () => {
    const stored = await upload(editor, await jpegWithExif(), 'holiday.jpg', 'image/jpeg')
    const original = readFileSync(path.join(mediaDir(), stored.filename!))
    const info = await sharp(original).metadata()
    expect(info.exif).toBeUndefined()
    expect(info.xmp).toBeUndefined()
    expect(info.orientation).toBeUndefined()
    expect([info.width, info.height]).toEqual([32, 64])
    expect(original.includes(Buffer.from('SpyCam'))).toBe(false)
    for (const size of Object.values(stored.sizes ?? {})) {
      if (!size?.filename) continue
      expect((await sharp(readFileSync(path.join(mediaDir(), size.filename))).metadata()).exif).toBeUndefined()
    }
  })

  it.each([
    ['an SVG image', () => Promise.resolve(svgImage()), 'drawing.png', MEDIA_ERRORS.badType],
    ['an HTML polyglot', htmlPolyglot, 'page.jpg', MEDIA_ERRORS.polyglot],
    ['a pixel bomb', () => Promise.resolve(pixelBombPng()), 'bomb.png', MEDIA_ERRORS.tooManyPixels],
    ['an oversized PDF', () => Promise.resolve(oversizePdf()), 'huge.pdf', MEDIA_ERRORS.tooLarge],
  ])('should refuse %s with a Chinese error and store nothing', async (_, make, name, message) => {
    const before = await payload.count({ collection: 'media' })
    const errors = await fieldErrors(upload(editor, await make(), name, 'image/png'))
    expect(errors.map((error) => error.message)).toEqual([message])
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('should rebuild the lists and flags of a database saved before files were private', async () => {
    const item = await payload.find({ collection: 'news', pagination: false, depth: 0 }).then((r) => r.docs.find((doc) => doc.cover && doc._status === 'published')!)
    const cover = String(item.cover)
    expect(await publicMedia(cover)).not.toBeNull()
    await payload.db.updateOne({ collection: 'news', id: item.id, data: { mediaUsed: [] }, returning: false })
    await payload.db.updateOne({ collection: 'media', id: cover, data: { publicUse: null }, returning: false })
    expect(await publicMedia(cover)).toBeNull()
    await backfillMediaUse(payload, await createLocalReq({}, payload))
    expect(await publicMedia(cover)).not.toBeNull()
    const stored = await payload.findByID({ collection: 'news', id: item.id, depth: 0 })
    expect(stored.mediaUsed).toContain(cover)
    // It reads and writes only the fields that can hold media: the rest of the item is untouched.
    expect({ title: stored.title, body: stored.body, category: stored.category, publishedAt: stored.publishedAt }).toEqual({
      title: item.title,
      body: item.body,
      category: item.category,
      publishedAt: item.publishedAt,
    })
    const latest = await payload.findVersions({ collection: 'news', where: { parent: { equals: item.id }, latest: { equals: true } }, depth: 0 })
    expect(latest.docs[0]?.version.title).toBe(item.title)
    expect(latest.docs[0]?.version.body).toEqual(item.body)
    const unconsented = await payload.find({ collection: 'media', where: { originalFilename: { equals: 'portrait-08.jpg' } }, depth: 0 })
    expect(unconsented.docs[0].publicUse).toBe(false)
  })
})
