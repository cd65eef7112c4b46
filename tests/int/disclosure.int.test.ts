import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalBody } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/** The 政府信息公开目录: what it lists, its filters, and the 索引号 of every item in it. */
describe('政府信息公开目录', () => {
  let payload: Payload
  let content: typeof import('../../src/site/lib/content')
  const news = (title: string, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'news',
      data: { title, category: 'notice', body: lexicalBody('目录测试正文。') as never, source: '本站', slug: `xxgk-${Math.random().toString(36).slice(2, 8)}`, _status: 'published', ...data },
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    content = await import('../../src/site/lib/content')
  })
  afterAll(() => releaseTestPayload(payload))

  it('should list the demo items filed under a category, every published policy, and no draft', async () => {
    const items = await content.getCatalogItems()
    const titles = items.map((item) => item.title)
    expect(titles).toContain('南屏县退役军人服务中心2026年公益性岗位招聘公告')
    const policies = await payload.count({ collection: 'policies', where: { _status: { equals: 'published' } } })
    expect(items.filter((item) => item.href.startsWith('/policies/'))).toHaveLength(policies.totalDocs)
    expect(items.every((item) => item.indexNumber)).toBe(true)
    const draft = await news('目录草稿不应出现', { disclosureCategory: 'statistics', _status: 'draft' })
    expect((await content.getCatalogItems()).some((item) => item.title === draft.title)).toBe(false)
  })

  it('should filter by category and year, and count every category', async () => {
    const personnel = await content.getCatalog({ category: 'personnel' })
    expect(personnel.docs.length).toBeGreaterThan(0)
    expect(personnel.docs.every((item) => item.category === 'personnel')).toBe(true)
    expect(personnel.counts.personnel).toBe(personnel.totalDocs)
    const all = await content.getCatalog({})
    for (const year of all.years) {
      const ofYear = await content.getCatalog({ year })
      expect(ofYear.docs.every((item) => item.year === year), String(year)).toBe(true)
    }
    expect(Object.values(all.counts).reduce((sum, count) => sum + count, 0)).toBe(all.totalDocs)
    // A statutory category with nothing published counts 0 (the 法定主动公开内容 page shows 暂无).
    expect(all.counts.proposals).toBe(0)
  })

  it('should number an item once, on first publication with a category, never reusing a number across collections', async () => {
    const plain = await news('目录外的普通通知')
    expect(plain.indexNumber ?? null).toBeNull()
    const filed = await news('预算公开说明(目录测试)', { disclosureCategory: 'finance' })
    expect(filed.indexNumber).toMatch(/^.+\/\d{4}-\d{5}$/)
    const policy = await payload.create({
      collection: 'policies',
      data: { title: '目录测试规范性文件', issuer: '南屏县退役军人事务局', topic: 'general', validity: 'in_force', body: lexicalBody('第一条。') as never, _status: 'published' } as never,
    })
    expect(policy.indexNumber).toMatch(/^.+\/\d{4}-\d{5}$/)
    expect(policy.indexNumber).not.toBe(filed.indexNumber)
    // Edited and published again, moved to another category: the number stays.
    const edited = await payload.update({ collection: 'news', id: filed.id, data: { title: '预算公开说明(修订)', disclosureCategory: 'statistics', _status: 'published' } })
    expect(edited.indexNumber).toBe(filed.indexNumber)
    // Filed later: numbered at that publication.
    const later = await payload.update({ collection: 'news', id: plain.id, data: { disclosureCategory: 'other', _status: 'published' } })
    expect(later.indexNumber).toMatch(/^.+\/\d{4}-\d{5}$/)
    expect(new Set([filed.indexNumber, policy.indexNumber, later.indexNumber]).size).toBe(3)
  })
})
