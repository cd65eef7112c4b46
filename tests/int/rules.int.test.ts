import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fieldErrors } from '../helpers/fieldErrors'
import { lexicalBody } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const body = lexicalBody('第一条 测试条款。')

describe('content rules', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  const draftPolicy = () =>
    payload.create({
      collection: 'policies',
      draft: true,
      data: { title: '测试政策', issuer: '南屏县退役军人事务局', topic: 'general', validity: 'in_force', body, _status: 'draft' } as never,
    })

  it('should give a policy its index number on first publication and never change it', async () => {
    const draft = await draftPolicy()
    expect(draft.indexNumber ?? null).toBeNull()
    const published = await payload.update({ collection: 'policies', id: draft.id, data: { _status: 'published' } })
    expect(published.indexNumber).toMatch(/^.+\/\d{4}-\d{5}$/)
    const edited = await payload.update({
      collection: 'policies',
      id: draft.id,
      data: { title: '测试政策(修订)', publishedAt: '2020-01-01T00:00:00.000Z', _status: 'published' },
    })
    expect(edited.indexNumber).toBe(published.indexNumber)
  })

  it('should ignore an index number sent by a client', async () => {
    const admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]
    const draft = await draftPolicy()
    const updated = await payload.update({
      collection: 'policies',
      id: draft.id,
      data: { indexNumber: 'FORGED/2026-99999' },
      draft: true,
      user: admin,
      overrideAccess: false,
    })
    expect(updated.indexNumber ?? null).toBeNull()
  })

  it('should refuse a repealed policy without its replacement', async () => {
    const draft = await draftPolicy()
    const errors = await fieldErrors(
      payload.update({ collection: 'policies', id: draft.id, data: { validity: 'repealed', _status: 'published' } }),
    )
    expect(errors).toMatchObject([{ path: 'replacedBy', message: '已修订或已废止的文件必须指明替代文件' }])
  })

  it('should list a policy’s interpretations from the policy side', async () => {
    const interpretation = (await payload.find({ collection: 'interpretations', limit: 1, depth: 0 })).docs[0]
    const policy = await payload.findByID({ collection: 'policies', id: interpretation.policy as string })
    const ids = (policy.interpretations?.docs ?? []).map((doc) => (typeof doc === 'object' ? doc.id : doc))
    expect(ids).toContain(interpretation.id)
  })

  it('should refuse a village station directly under the county centre', async () => {
    const county = (await payload.find({ collection: 'stations', where: { level: { equals: 'county' } }, limit: 1 })).docs[0]
    const errors = await fieldErrors(
      payload.create({
        collection: 'stations',
        data: { name: '测试村服务站', level: 'village', parent: county.id, address: '测试地址', _status: 'published' } as never,
      }),
    )
    expect(errors).toEqual([{ path: 'parent', label: expect.anything(), message: '上级服务站应为乡镇(街道)服务站' }])
  })

  it('should refuse the station slug the map view uses, and accept it for other content', async () => {
    const township = (await payload.find({ collection: 'stations', where: { level: { equals: 'township' } }, limit: 1 })).docs[0]
    const errors = await fieldErrors(
      payload.create({
        collection: 'stations',
        data: { name: '测试村服务站', slug: 'map', level: 'village', parent: township.id, address: '测试地址', _status: 'published' } as never,
      }),
    )
    expect(errors).toEqual([{ path: 'slug', label: expect.anything(), message: '“map”已被网站的其他页面使用,请换一个网址标识' }])
    const news = await payload.create({ collection: 'news', data: { title: '地图测试', category: 'work', slug: 'map', source: '本站', _status: 'draft' } as never, draft: true })
    expect(news.slug).toBe('map')
    await payload.delete({ collection: 'news', id: news.id })
  })

  it('should refuse to publish a veteran without recorded consent', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'veterans',
        data: { name: '测试人员', consent: { given: false }, _status: 'published' } as never,
      }),
    )
    expect(errors).toEqual([{ path: 'consent.given', message: '未取得本人书面同意,不能公开发布先进典型信息' }])
    const draft = await payload.create({
      collection: 'veterans',
      draft: true,
      data: { name: '测试人员', consent: { given: false }, _status: 'draft' } as never,
    })
    expect(draft._status).toBe('draft')
  })
})
