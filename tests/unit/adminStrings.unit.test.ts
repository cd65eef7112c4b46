import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { type Field, type PayloadRequest, type SanitizedConfig, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { labelFieldErrors } from '../../src/payload/hooks/labelFieldErrors'

const HAN = /[\u4e00-\u9fff]/
/** Fields Payload adds and labels itself through its own translations. */
const PAYLOADS_OWN = new Set(['_status', 'email', 'sessions'])

/** Named fields a person can see that have no Chinese label (Payload would show the name as words). */
const unlabelled = (fields: readonly Field[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : null
    const hidden = Boolean(field.admin && 'hidden' in field.admin && field.admin.hidden) || ('hidden' in field && field.hidden === true)
    if (hidden || (named && PAYLOADS_OWN.has(named))) return []
    const label = 'label' in field ? (typeof field.label === 'object' && field.label ? (field.label as Record<string, string>).zh : field.label) : undefined
    const own = named && field.type !== 'ui' && label !== false && !(typeof label === 'string' && HAN.test(label)) ? [named] : []
    const inner = named ? `${named}.` : prefix
    if ('fields' in field) return [...own, ...unlabelled(field.fields, inner)]
    if (field.type === 'tabs') return [...own, ...field.tabs.flatMap((tab) => unlabelled(tab.fields, 'name' in tab ? `${inner}${tab.name}.` : inner))]
    if (field.type === 'blocks') return [...own, ...(field.blocks ?? []).flatMap((block) => unlabelled(block.fields, `${inner}${block.slug}.`))]
    return own
  })

/** The admin in Chinese where Payload lets it be: labels, column headings, the API tab, field-error toasts. */
describe('the admin speaks Chinese', () => {
  let config: SanitizedConfig

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'va-admin-strings-'))
    Object.assign(process.env, { DATA_DIR: dataDir, PAYLOAD_SECRET: 'unit-test-secret', DATABASE_URI: `file:${path.join(dataDir, 'unused.db')}` })
    config = await (await import('../../payload.config')).default
  }, 60_000)

  const staffEntities = () => [...config.collections, ...config.globals].filter((entity) => !entity.slug.startsWith('payload-'))

  it('should give every field a person sees a Chinese label', () => {
    const missing = staffEntities().flatMap((entity) => unlabelled(entity.fields).map((name) => `${entity.slug}.${name}`))
    expect(missing).toEqual([])
  })

  it('should label the URL, thumbnail and file type columns of every upload collection in Chinese', () => {
    const uploads = config.collections.filter((collection) => collection.upload)
    expect(uploads.map((collection) => collection.slug)).toContain('media')
    for (const collection of uploads) {
      for (const name of ['url', 'thumbnailURL', 'mimeType']) {
        const field = collection.fields.find((candidate) => 'name' in candidate && candidate.name === name)
        expect(field && 'label' in field ? field.label : undefined, `${collection.slug}.${name}`).toMatch(HAN)
      }
      const sizes = collection.fields.find((candidate) => 'name' in candidate && candidate.name === 'sizes')
      for (const size of sizes && 'fields' in sizes ? sizes.fields : []) {
        expect('label' in size ? size.label : undefined, `${collection.slug}.sizes`).toMatch(HAN)
        // Payload labels the others through its translations (a function of `t`).
        for (const field of 'fields' in size ? size.fields : []) {
          const label = 'label' in field ? field.label : undefined
          if (typeof label !== 'function') expect(label, `${collection.slug}.sizes.${'name' in field ? field.name : ''}`).toMatch(HAN)
        }
      }
    }
  })

  it('should show the API tab to administrators only', () => {
    const request = (roles: string[]) => ({ req: { user: { roles } } }) as never
    for (const entity of staffEntities()) {
      const tab = entity.admin?.components?.views?.edit?.api?.tab
      expect(tab?.condition, entity.slug).toBeTypeOf('function')
      expect(tab!.condition!(request(['admin'])), entity.slug).toBe(true)
      for (const role of ['editor', 'reviewer', 'publisher', 'stationStaff', 'caseHandler']) {
        expect(tab!.condition!(request([role])), `${entity.slug} for ${role}`).toBe(false)
      }
    }
  })

  it('should name invalid fields in the toast by their Chinese labels, even for an error made without a translator', async () => {
    const i18n = await initI18n({ config: config.i18n, context: 'api', language: 'zh' })
    const req = { i18n, t: i18n.t } as unknown as PayloadRequest
    const news = config.collections.find((collection) => collection.slug === 'news')!
    const error = new ValidationError({ collection: 'news', errors: [{ path: 'featured', message: '头条须有图片' }] })
    expect(error.message).toContain('The following field is invalid')
    const result = { errors: [{ name: 'ValidationError', data: error.data, message: error.message }] }
    const answer = await labelFieldErrors({ collection: news, context: {}, error, req, result } as never)
    expect(answer && 'response' in answer ? answer.response?.errors?.[0]?.message : undefined).toBe('请修改这一项: 头条')
  })

  it('should keep the label path Payload’s own validation gives, also where no collection is known (site-wide settings)', async () => {
    const i18n = await initI18n({ config: config.i18n, context: 'api', language: 'zh' })
    const req = { i18n, t: i18n.t } as unknown as PayloadRequest
    const error = new ValidationError({ global: 'siteSettings', errors: [{ path: 'map.tileUrl', label: '服务站点地图 > 瓦片地址模板', message: '瓦片地址必须使用 https' }] }, i18n.t)
    const result = { errors: [{ name: 'ValidationError', data: error.data, message: error.message }] }
    const answer = await labelFieldErrors({ context: {}, error, req, result } as never)
    expect(answer && 'response' in answer ? answer.response?.errors?.[0]?.message : undefined).toBe('请修改这一项: 服务站点地图 > 瓦片地址模板')
  })
})
