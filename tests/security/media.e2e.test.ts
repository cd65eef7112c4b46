import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { MEDIA_ERRORS } from '../../src/payload/constants/media'
import { apiToken } from '../helpers/adminApi'
import { htmlPolyglot, jpegWithExif, oversizePdf, pixelBombPng, plainPng, svgImage } from './mediaFixtures'

type Sized = { filename?: string | null }
type MediaDoc = { id: string; filename: string; originalFilename?: string; alt: string; publicUse?: boolean; sizes?: Record<string, Sized> }
type NewsDoc = { id: string; slug: string; category: string; cover?: MediaDoc | null }
type Errors = { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }

/** Every message of a REST error answer, the field ones included. */
const messages = (body: Errors) => (body.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((field) => field.message)])

const fileNames = (doc: MediaDoc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size.filename)].filter((name): name is string => Boolean(name))

/** The uploaded files a page refers to (src, srcset, href), not the /news/media/ column. */
const mediaOnPage = (html: string) => [...new Set([...html.matchAll(/(?<=["'\s(])\/media\/[^"'\s)?,]+/g)].map((match) => match[0]))].sort()

describe('uploaded files over REST and the public site', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  const auth = (token: string) => ({ authorization: `JWT ${token}` })
  let admin: string, editor: string, station: string
  let everything: MediaDoc[]
  let counter = 0

  const listMedia = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${adminUrl}/api/media?limit=1000&depth=0`, { headers })
    expect(response.status).toBe(200)
    return ((await response.json()) as { docs: MediaDoc[] }).docs
  }

  const send = (method: 'POST' | 'PATCH', path: string, token: string, file: Buffer, name: string, fields: Record<string, unknown>) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify(fields))
    return fetch(`${adminUrl}/api/media${path}`, { method, headers: auth(token), body: form })
  }

  const statusOf = async (url: string) => (await fetch(url)).status
  const bytes = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer())

  beforeAll(async () => {
    ;[admin, editor, station] = await Promise.all(['admin', 'editor', 'station'].map((name) => apiToken(adminUrl, `${name}@demo.example`)))
    everything = await listMedia(auth(admin))
  }, 120_000)

  it('should list to an anonymous client only the files published, public content uses', async () => {
    const listed = await listMedia()
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.length).toBeLessThan(everything.length)
    expect(listed.every((doc) => doc.publicUse === true)).toBe(true)
    expect(listed.map((doc) => doc.originalFilename)).not.toContain('portrait-08.jpg')
  })

  it('should still serve every picture the demo pages show', async () => {
    for (const page of ['/', '/stations/nanping-county-centre', '/veterans/zhou-jianguo']) {
      const html = await (await fetch(`${siteUrl}${page}`)).text()
      const pictures = mediaOnPage(html)
      // The home page shows whatever news other test files published last; these two are the demo's own.
      if (page !== '/') expect(pictures.length).toBeGreaterThan(0)
      for (const picture of pictures) expect([picture, await statusOf(`${siteUrl}${picture}`)]).toEqual([picture, 200])
    }
  })

  it('should answer 404 on both servers for the unconsented veteran’s portrait and a draft’s picture, in every size', async () => {
    const portrait = everything.find((doc) => doc.originalFilename === 'portrait-08.jpg')!
    const picture = (await (await send('POST', '', editor, await plainPng(++counter), 'draft-cover.png', { alt: '草稿封面' })).json()) as { doc: MediaDoc }
    const draft = await fetch(`${adminUrl}/api/news?draft=true`, {
      method: 'POST',
      headers: { ...auth(editor), 'content-type': 'application/json' },
      body: JSON.stringify({ title: '只在草稿中使用的图片', category: 'work', source: '本站', slug: `media-draft-${Date.now()}`, cover: picture.doc.id }),
    })
    expect(draft.status).toBe(201)
    for (const doc of [portrait, picture.doc]) {
      expect(fileNames(doc).length).toBeGreaterThan(1)
      for (const name of fileNames(doc)) {
        expect(await statusOf(`${siteUrl}/media/${encodeURIComponent(name)}`)).toBe(404)
        expect(await statusOf(`${adminUrl}/api/media/file/${encodeURIComponent(name)}`)).toBe(404)
      }
    }
    const shown = (await listMedia())[0]
    expect(await statusOf(`${siteUrl}/media/${encodeURIComponent(shown.filename)}`)).toBe(200)
    expect(await statusOf(`${adminUrl}/api/media/file/${encodeURIComponent(shown.filename)}`)).toBe(200)
  })

  it('should refuse replacing the picture of a published article, and the page keeps its picture', async () => {
    const { docs } = (await (await fetch(`${adminUrl}/api/news?limit=200&depth=1`)).json()) as { docs: NewsDoc[] }
    const article = docs.find((doc) => doc.cover?.filename)!
    const page = `${siteUrl}/news/${article.category}/${article.slug}`
    const before = await (await fetch(page)).text()
    const coverUrl = `${siteUrl}/media/${encodeURIComponent(article.cover!.filename)}`
    const coverBefore = await bytes(coverUrl)
    expect(mediaOnPage(before).length).toBeGreaterThan(0)

    const replaced = await send('PATCH', `/${article.cover!.id}`, editor, await plainPng(++counter), 'swap.png', { alt: '偷换的图片' })
    expect(replaced.status).toBe(400)
    expect(messages((await replaced.json()) as Errors)).toContain(MEDIA_ERRORS.inUse)
    const byStation = await fetch(`${adminUrl}/api/media/${article.cover!.id}`, {
      method: 'PATCH',
      headers: { ...auth(station), 'content-type': 'application/json' },
      body: JSON.stringify({ alt: '服务站改的说明' }),
    })
    expect(byStation.status).toBeGreaterThanOrEqual(400)

    expect(mediaOnPage(await (await fetch(page)).text())).toEqual(mediaOnPage(before))
    expect((await bytes(coverUrl)).equals(coverBefore)).toBe(true)
    const stored = (await (await fetch(`${adminUrl}/api/media/${article.cover!.id}?depth=0`, { headers: auth(admin) })).json()) as MediaDoc
    expect([stored.alt, stored.filename]).toEqual([article.cover!.alt, article.cover!.filename])
  })

  it('should serve the stored original without EXIF or GPS', async () => {
    const response = await send('POST', '', editor, await jpegWithExif(), 'trip.jpg', { alt: '带定位的照片' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: MediaDoc }
    const original = await fetch(`${adminUrl}/api/media/file/${encodeURIComponent(doc.filename)}`, { headers: auth(editor) })
    expect(original.status).toBe(200)
    const data = Buffer.from(await original.arrayBuffer())
    expect((await sharp(data).metadata()).exif).toBeUndefined()
    expect(data.includes(Buffer.from('SpyCam'))).toBe(false)
  })

  it.each([
    ['an SVG', () => Promise.resolve(svgImage()), 'logo.png', MEDIA_ERRORS.badType],
    ['an HTML polyglot', htmlPolyglot, 'photo.jpg', MEDIA_ERRORS.polyglot],
    ['a pixel bomb', () => Promise.resolve(pixelBombPng()), 'bomb.png', MEDIA_ERRORS.tooManyPixels],
    ['a file over 20 MB', () => Promise.resolve(oversizePdf()), 'huge.pdf', null],
  ])('should refuse %s and store nothing', async (_, make, name, message) => {
    const before = (await listMedia(auth(admin))).length
    const sent = send('POST', '', editor, await make(), name, { alt: '攻击文件' })
    if (message) {
      const response = await sent
      expect(response.status).toBe(400)
      expect(messages((await response.json()) as Errors)).toContain(message)
    } else {
      // Payload's own multipart limit (the same cap, payload.config.ts) answers 413 with the Chinese
      // message and stops reading the body before any hook runs; a client still writing may see
      // the connection closed instead.
      const answer = await sent.then(async (response) => ({ status: response.status, body: await response.text() })).catch(() => null)
      if (answer) {
        expect(answer.status).toBe(413)
        expect(answer.body).toContain(MEDIA_ERRORS.tooLarge)
      }
    }
    // A kept-alive socket the server closed mid-upload fails the next request once: ask again.
    const after = await listMedia(auth(admin)).catch(() => listMedia(auth(admin)))
    expect(after.length).toBe(before)
    expect((await listMedia()).every((doc) => doc.publicUse === true)).toBe(true)
  })
})
