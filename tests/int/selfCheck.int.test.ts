import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitEnquiry } from '../../src/payload/cases'
import { createLocalReq } from 'payload'

import { DEFAULT_THRESHOLDS, recordSelfCheck, runSelfCheck } from '../../src/payload/selfCheck'
import { nextIp, userByEmail, validSubmission } from '../helpers/enquiryFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { lexicalBody } from '../helpers/workflowFixtures'

/** The self-check over the seeded demo content, on a fixed day, then with faults planted. */
describe('检查指标 self-check on the demo content', () => {
  let payload: Payload
  const today = new Date('2026-12-03T02:00:00.000Z')
  /** Every address answers 200 but the planted one: no test asks the network. */
  const asked: string[] = []
  const fetcher = async (url: string) => {
    asked.push(url)
    return { status: url.includes('dead.example') ? 404 : 200 }
  }
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  it('should find the stale columns and the empty required categories of the demo, and nothing else', async () => {
    const { findings } = await runSelfCheck(payload, today, { fetcher })
    expect(findings.map((each) => each.message)).toEqual([
      '首页已 26 天没有新内容(要求 14 天内)',
      '“工作动态”栏目已 63 天未更新(要求 14 天内)',
      '“地方动态”栏目已 145 天未更新(要求 14 天内)',
      '“媒体聚焦”栏目已 42 天未更新(要求 14 天内)',
      '“政策法规”栏目已 272 天未更新(要求 183 天内)',
      '法定主动公开内容“机构信息”没有任何信息',
      '法定主动公开内容“规划计划”没有任何信息',
      '法定主动公开内容“财政信息(预决算、三公经费)”没有任何信息',
      '法定主动公开内容“建议提案办理”没有任何信息',
      '法定主动公开内容“统计信息”没有任何信息',
      '法定主动公开内容“行政执法”没有任何信息',
    ])
    expect(findings.filter((each) => each.veto).map((each) => each.rule)).toEqual(['homeFreshness', 'columnFreshness', 'columnFreshness', 'columnFreshness', 'columnFreshness'])
  })

  it('should find faults planted in the database: a 解读 whose policy was taken back, a missing footer identifier, an enquiry forgotten for months, a dead link', async () => {
    const policy = await payload.create({
      collection: 'policies',
      data: { title: '自检测试文件', issuer: '南屏县退役军人事务局', topic: 'general', validity: 'in_force', body: lexicalBody('第一条。') as never, _status: 'published' } as never,
    })
    await payload.create({ collection: 'interpretations', data: { title: '自检测试解读', policy: policy.id, body: lexicalBody('测试。') as never, slug: 'self-check-orphan', _status: 'published' } as never })
    await payload.create({
      collection: 'news',
      data: {
        title: '自检测试通知',
        category: 'notice',
        source: '本站',
        slug: 'self-check-dead-link',
        _status: 'published',
        body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'link', version: 3, direction: null, format: '', indent: 0, fields: { linkType: 'custom', url: 'https://dead.example.gov.cn/notice', newTab: false }, children: [{ type: 'text', version: 1, text: '原通知', format: 0, mode: 'normal', style: '', detail: 0 }] }] }] } } as never,
      } as never,
    })
    // The policy is taken back; its 解读 still points at it.
    await payload.update({ collection: 'policies', id: policy.id, data: { _status: 'draft' } as never })
    const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
    await payload.updateGlobal({ slug: 'siteSettings', data: { icp: '', _status: 'published' } as never })
    const outcome = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    if (outcome.status !== 201) throw new Error(JSON.stringify(outcome))
    const enquiry = (await payload.find({ collection: 'enquiries', where: { trackingCode: { equals: outcome.trackingCode } }, depth: 0 })).docs[0]
    await payload.db.updateOne({ collection: 'enquiries', id: enquiry.id, data: { createdAt: '2026-08-01T02:00:00.000Z' }, returning: false })
    try {
      const { findings } = await runSelfCheck(payload, today, { fetcher })
      const planted = findings.filter((each) => ['interpretationLink', 'footer', 'unanswered', 'deadLink'].includes(each.rule))
      expect(planted.map((each) => [each.rule, each.veto, each.message])).toEqual([
        ['unanswered', true, `留言 ${outcome.trackingCode} 已超过三个月未答复`],
        ['interpretationLink', false, '政策解读“自检测试解读”关联的政策文件未发布'],
        ['footer', false, '网站页脚缺少ICP备案号'],
        ['deadLink', false, '“自检测试通知”中的链接 https://dead.example.gov.cn/notice 返回 404'],
      ])
      expect(asked).toContain('https://dead.example.gov.cn/notice')
      expect(planted[0].href).toBe(`/admin/collections/enquiries/${enquiry.id}`)
    } finally {
      await payload.updateGlobal({ slug: 'siteSettings', data: { icp: settings.icp, _status: 'published' } as never })
    }
  })

  it('should keep each run as history that only administrators read', async () => {
    const run = await recordSelfCheck(await createLocalReq({}, payload), today, { fetcher: null })
    expect(run.total).toBeGreaterThan(0)
    expect(run.vetoes).toBeGreaterThan(0)
    expect((run.counts as Record<string, number>).columnFreshness).toBeGreaterThan(0)
    const admin = await userByEmail(payload, 'admin@demo.example')
    const editor = await userByEmail(payload, 'editor@demo.example')
    const read = (user: typeof admin) =>
      payload.find({ collection: 'selfCheckRuns', user, overrideAccess: false, depth: 0 }).then((found) => found.totalDocs, () => -1)
    expect(await read(admin)).toBeGreaterThan(0)
    expect(await read(editor)).toBeLessThanOrEqual(0)
    await expect(payload.create({ collection: 'selfCheckRuns', data: { startedAt: today.toISOString(), total: 0, vetoes: 0 }, user: admin, overrideAccess: false })).rejects.toThrow()
  })

  it('should judge freshness by the thresholds an administrator set in 网站自查设置, which only administrators change', async () => {
    const req = await createLocalReq({}, payload)
    const admin = await userByEmail(payload, 'admin@demo.example')
    const editor = await userByEmail(payload, 'editor@demo.example')
    const freshness = async () => ((await recordSelfCheck(req, today, { fetcher: null })).counts as Record<string, number>)
    const before = await freshness()
    expect(before.columnFreshness).toBeGreaterThan(0)
    await expect(payload.updateGlobal({ slug: 'selfCheckSettings', data: { homeDays: 3650 }, user: editor, overrideAccess: false })).rejects.toThrow()
    await payload.updateGlobal({ slug: 'selfCheckSettings', data: { homeDays: 3650, newsDays: 3650, noticeDays: 3650, policyDays: 3650 }, user: admin, overrideAccess: false })
    try {
      const after = await freshness()
      expect(after.homeFreshness).toBe(0)
      expect(after.columnFreshness).toBe(0)
    } finally {
      await payload.updateGlobal({ slug: 'selfCheckSettings', data: { ...DEFAULT_THRESHOLDS } })
    }
  })
})
