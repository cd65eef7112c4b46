import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Field } from 'payload'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { MEDIA_ERRORS, MEDIA_MAX_BYTES } from '../../src/payload/constants/media'
import { mediaIdsIn } from '../../src/payload/collections/Media/mediaIdsIn'
import { stripMetadata } from '../../src/payload/collections/Media/stripMetadata'
import { checkUpload, containsMarkup, sniffMediaType } from '../../src/payload/collections/Media/uploadRules'
import { createFrontServer } from '../../src/site/server/frontServer'
import { PageCache } from '../../src/site/server/pageCache'
import { PublicMedia } from '../../src/site/server/publicMedia'
import { htmlPolyglot, jpegWithExif, oversizePdf, pixelBombPng, plainPng, svgImage } from './mediaFixtures'

const richText = (...children: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })

/** Every place a content document can point at a file, as the collections declare them. */
const fields: Field[] = [
  { name: 'cover', type: 'upload', relationTo: 'media' },
  { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true },
  { name: 'station', type: 'relationship', relationTo: 'stations' },
  { name: 'either', type: 'relationship', relationTo: ['media', 'news'], hasMany: true },
  { name: 'body', type: 'richText' },
  { name: 'head', type: 'group', fields: [{ name: 'photo', type: 'upload', relationTo: 'media' }] },
  { type: 'row', fields: [{ name: 'side', type: 'upload', relationTo: 'media' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'unnamed', fields: [{ name: 'photos', type: 'upload', relationTo: 'media', hasMany: true }] },
      { name: 'extra', label: 'named', fields: [{ name: 'logo', type: 'upload', relationTo: 'media' }] },
    ],
  },
  { name: 'gallery', type: 'array', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
  { name: 'layout', type: 'blocks', blocks: [{ slug: 'figure', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] }] },
  { name: 'mediaUsed', type: 'relationship', relationTo: 'media', hasMany: true },
] as Field[]

describe('mediaIdsIn', () => {
  it('should find a file in every kind of field, populated or not, and in rich text uploads and links', () => {
    const doc = {
      cover: { id: 'm-cover', filename: 'c.jpg' },
      attachments: ['m-att1', { id: 'm-att2' }],
      station: 'st-1',
      either: [{ relationTo: 'media', value: 'm-poly' }, { relationTo: 'news', value: 'n-1' }],
      body: richText(
        { type: 'upload', relationTo: 'media', value: 'm-body' },
        { type: 'upload', relationTo: 'enquiryAttachments', value: 'private-attachment' },
        { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'media', value: { id: 'm-link' } } }, children: [] },
      ),
      head: { photo: 'm-head' },
      side: 'm-row',
      photos: ['m-tab'],
      extra: { logo: 'm-named-tab' },
      gallery: [{ image: 'm-array' }],
      layout: [{ blockType: 'figure', image: 'm-block' }],
      mediaUsed: ['stale'],
    }
    expect(mediaIdsIn(fields, doc, 'mediaUsed').sort()).toEqual(
      ['m-cover', 'm-att1', 'm-att2', 'm-poly', 'm-body', 'm-link', 'm-head', 'm-row', 'm-tab', 'm-named-tab', 'm-array', 'm-block'].sort(),
    )
  })

  it('should find nothing in an empty document and count a file used twice once', () => {
    expect(mediaIdsIn(fields, {})).toEqual([])
    expect(mediaIdsIn(fields, { cover: 'm1', attachments: ['m1'], head: null, gallery: null })).toEqual(['m1'])
  })
})

describe('upload rules', () => {
  it('should recognise the accepted types by content only', async () => {
    expect(sniffMediaType(await plainPng(1))).toBe('image/png')
    expect(sniffMediaType(await jpegWithExif())).toBe('image/jpeg')
    expect(sniffMediaType(await sharp(await plainPng(2)).webp().toBuffer())).toBe('image/webp')
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf')
    expect(sniffMediaType(svgImage())).toBeNull()
    expect(sniffMediaType(Buffer.from('<!doctype html><p>hi'))).toBeNull()
  })

  it('should refuse SVG, HTML polyglots and oversized files with Chinese messages', async () => {
    expect(checkUpload({ data: svgImage(), size: 100 })).toEqual({ error: MEDIA_ERRORS.badType })
    expect(checkUpload({ data: await htmlPolyglot(), size: 100 })).toEqual({ error: MEDIA_ERRORS.polyglot })
    expect(checkUpload({ data: Buffer.from('%PDF-1.4\n<script>alert(1)</script>'), size: 40 })).toEqual({ error: MEDIA_ERRORS.polyglot })
    const big = oversizePdf()
    expect(checkUpload({ data: big, size: big.length })).toEqual({ error: MEDIA_ERRORS.tooLarge })
    expect(big.length).toBeGreaterThan(MEDIA_MAX_BYTES)
    expect(checkUpload({ data: await plainPng(3), size: 100 })).toEqual({ type: 'image/png' })
  })

  it('should not take ordinary photo bytes for markup', async () => {
    expect(containsMarkup(await jpegWithExif())).toBe(false)
    expect(containsMarkup(Buffer.from('<svg onload=x>'))).toBe(true)
  })
})

describe('EXIF rule', () => {
  it('should drop EXIF, GPS and camera, and turn the picture upright', async () => {
    const input = await jpegWithExif()
    expect((await sharp(input).metadata()).exif).toBeDefined()
    const result = await stripMetadata(input, 'image/jpeg')
    if ('error' in result) throw new Error(result.error)
    const info = await sharp(result.data).metadata()
    expect(info.exif).toBeUndefined()
    expect(info.orientation).toBeUndefined()
    expect([info.width, info.height, info.format]).toEqual([32, 64, 'jpeg'])
    expect(result.data.includes(Buffer.from('SpyCam'))).toBe(false)
  })

  it('should keep PNG and WebP in their format without metadata', async () => {
    for (const [type, format] of [['image/png', 'png'], ['image/webp', 'webp']] as const) {
      const input = await sharp(await plainPng(4)).withExif({ IFD0: { Make: 'SpyCam' } }).toFormat(format).toBuffer()
      const result = await stripMetadata(input, type)
      if ('error' in result) throw new Error(result.error)
      const info = await sharp(result.data).metadata()
      expect([info.format, info.exif]).toEqual([format, undefined])
    }
  })

  it('should refuse a pixel bomb before decoding it', async () => {
    expect(await stripMetadata(pixelBombPng(), 'image/png')).toEqual({ error: MEDIA_ERRORS.tooManyPixels })
  })
})

describe('the site’s fallback for files', () => {
  const files = mkdtempSync(path.join(tmpdir(), 'va-sec-media-'))
  const memo = path.join(files, 'memo', 'public-media.txt')
  writeFileSync(path.join(files, 'portrait.webp'), 'PORTRAIT')
  let answer = 200
  const upstream = createServer((_req, res) => {
    res.writeHead(answer, { 'content-type': 'image/webp' })
    res.end(answer === 200 ? 'PORTRAIT' : '')
  })
  const servers: Server[] = [upstream]
  const listen = (server: Server) =>
    new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))
  afterAll(() => {
    for (const server of servers) server.close()
    rmSync(files, { recursive: true, force: true })
  })

  it('should forget a file once the site answers 404 for it, so it is not served when the database is down', async () => {
    const upstreamUrl = await listen(upstream)
    const front = createFrontServer({ upstream: upstreamUrl, cache: new PageCache(null), purgeToken: 't', media: new PublicMedia(files, memo) })
    servers.push(front)
    const base = await listen(front)
    expect(await (await fetch(`${base}/media/portrait.webp`)).text()).toBe('PORTRAIT')
    answer = 404
    expect((await fetch(`${base}/media/portrait.webp`)).status).toBe(404)
    answer = 500
    const down = await fetch(`${base}/media/portrait.webp`)
    expect(down.status).toBe(500)
    expect(await down.text()).not.toContain('PORTRAIT')
    expect(readFileSync(memo, 'utf8')).not.toContain('portrait.webp')
    expect(new PublicMedia(files, memo).serve('portrait.webp', { writeHead() {}, end() {} } as never, true)).toBe(false)
  })
})
