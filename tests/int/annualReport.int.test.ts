import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recordFoiRequest } from '../../src/payload/cases'
import { runSelfCheck } from '../../src/payload/selfCheck/run'
import { lexicalBody } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const REPORT_YEAR = 2019

/** 政府信息公开工作年度报告: a reviewed page naming its year, with table 三 worked out from the requests. */
describe('政府信息公开工作年度报告', () => {
  let payload: Payload
  let content: typeof import('../../src/site/lib/content')
  let counter = 0
  const request = (applicantType: string, events: { type: string; on: string }[], answer?: Record<string, string>) =>
    recordFoiRequest(payload, {
      trackingCode: `AR-${process.pid}-${Date.now()}-${++counter}`,
      secret: 'TEST2019',
      applicant: { type: applicantType, name: '年报测试' },
      description: '年度报告统计测试的申请',
      delivery: 'email',
      events: events as never,
      answer,
    })
  const report = (year: number, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'pages',
      data: {
        title: `${year} 年政府信息公开工作年度报告(测试)`,
        section: 'openness',
        body: lexicalBody('年度报告正文。') as never,
        slug: `annual-${year}-${process.pid}-${++counter}`,
        annualReportYear: year,
        _status: 'published',
        ...data,
      } as never,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    content = await import('../../src/site/lib/content')
    // 2018: one carried into 2019 and answered there. 2019: a citizen's disclosed, a business's 不予公开 (国家秘密), one still open at year end.
    await request('citizen', [{ type: 'received', on: '2018-12-20' }, { type: 'answered', on: '2019-01-10' }], { type: 'unable', reasonChoice: 'unable.notHeld' })
    await request('citizen', [{ type: 'received', on: '2019-03-01' }, { type: 'answered', on: '2019-03-20' }], { type: 'disclose', provided: '已提供' })
    await request('business', [{ type: 'received', on: '2019-05-01' }, { type: 'answered', on: '2019-05-25' }], { type: 'withhold', reasonChoice: 'withhold.stateSecret', legalBasis: '条例第十四条' })
    await request('research', [{ type: 'received', on: '2019-12-25' }])
    // Table 二: two items published in 2019 under 统计信息, one under 人事信息, and one of 2020 that does not count.
    for (const [category, publishedAt] of [['statistics', '2019-03-01T10:00:00+08:00'], ['statistics', '2019-12-31T23:00:00+08:00'], ['personnel', '2019-06-01T10:00:00+08:00'], ['personnel', '2020-01-01T00:30:00+08:00']]) {
      await payload.create({
        collection: 'news',
        data: { title: `年报统计测试 ${++counter}`, category: 'notice', body: lexicalBody('正文。') as never, source: '本站', slug: `annual-news-${process.pid}-${counter}`, disclosureCategory: category, publishedAt, _status: 'published' } as never,
      })
    }
  })
  afterAll(() => releaseTestPayload(payload))

  it('should work out table 三 from the requests when the report is saved', async () => {
    const saved = await report(REPORT_YEAR)
    const table = saved.foiTable as Record<string, Record<string, number>>
    expect(table.received).toMatchObject({ citizen: 1, business: 1, research: 1, total: 3 })
    expect(table.carriedIn).toMatchObject({ citizen: 1, total: 1 })
    expect(table.disclose).toMatchObject({ citizen: 1, total: 1 })
    expect(table['withhold.stateSecret']).toMatchObject({ business: 1, total: 1 })
    expect(table['unable.notHeld']).toMatchObject({ citizen: 1, total: 1 })
    expect(table.handled.total).toBe(3)
    expect(table.carriedOut).toMatchObject({ research: 1, total: 1 })
    expect(saved.publishedTable).toMatchObject({ statistics: 2, personnel: 1 })
    expect((saved.publishedTable as Record<string, number>).total).toBeGreaterThanOrEqual(3)
    // The template's check: received + carried in = handled + carried out.
    expect(table.received.total + table.carriedIn.total).toBe(table.handled.total + table.carriedOut.total)

    // Whatever a client sends for the table is dropped: the figures are the requests'.
    const edited = await payload.update({ collection: 'pages', id: saved.id, data: { foiTable: { received: { total: 999 } } } as never, overrideAccess: false, user: (await payload.find({ collection: 'users', where: { email: { equals: 'admin@demo.example' } }, depth: 0 })).docs[0] })
    expect((edited.foiTable as Record<string, Record<string, number>>).received.total).toBe(3)

    const listed = await content.getAnnualReports()
    expect(listed.find((item) => item.year === REPORT_YEAR)?.href).toBe(`/pages/${saved.slug}`)
  })

  it('should refuse a year not yet ended, before 2008, or reported already', async () => {
    const thisYear = Number(new Date().toISOString().slice(0, 4))
    const refusal = async (year: number) => {
      try {
        await report(year)
      } catch (error) {
        return (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors?.[0]
      }
      return null
    }
    expect(await refusal(thisYear)).toEqual(expect.objectContaining({ path: 'annualReportYear', message: '只能为已经结束的年度编写年度报告' }))
    expect((await refusal(2007))?.path).toBe('annualReportYear')
    expect((await refusal(REPORT_YEAR))?.message).toMatch(new RegExp(`^${REPORT_YEAR} 年的年度报告已有页面`))
  })

  it("should warn in the self-check from 1 February while last year's report is not published", async () => {
    const finding = (year: number) => `${year} 年政府信息公开工作年度报告未在 1 月 31 日前发布`
    const messages = async (now: Date) => (await runSelfCheck(payload, now, { fetcher: null })).findings.map((item) => item.message)
    expect(await messages(new Date('2020-02-10T00:00:00Z'))).not.toContain(finding(REPORT_YEAR))
    expect(await messages(new Date('2021-02-10T00:00:00Z'))).toContain(finding(2020))
  })
})
