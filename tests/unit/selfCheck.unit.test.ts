import { describe, expect, it } from 'vitest'

import {
  annualReportFindings,
  caseFindings,
  consultationFindings,
  DEFAULT_THRESHOLDS,
  deadLinkFindings,
  footerFindings,
  freshnessFindings,
  guideFindings,
  interpretationFindings,
} from '../../src/payload/selfCheck/rules'

const now = new Date('2026-12-03T02:00:00.000Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
const column = (label: string, kind: 'news' | 'notice' | 'policy', newest: string | null, count = 5) => ({ label, kind, adminHref: `/admin/${label}`, newest, count })

describe('检查指标 self-check rules: each fires on a planted fault and stays quiet on a clean item', () => {
  it('freshness: 动态要闻 after 2 weeks, 通知公告 and 政策文件 after 6 months, the home page, and empty columns (单项否决)', () => {
    const clean = [column('工作动态', 'news', daysAgo(3)), column('通知公告', 'notice', daysAgo(150)), column('政策文件', 'policy', daysAgo(170))]
    expect(freshnessFindings(clean, DEFAULT_THRESHOLDS, now)).toEqual([])
    const stale = freshnessFindings([column('工作动态', 'news', daysAgo(20)), column('通知公告', 'notice', daysAgo(200)), column('媒体报道', 'news', null, 0)], DEFAULT_THRESHOLDS, now)
    expect(stale.map((each) => each.rule)).toEqual(['homeFreshness', 'columnFreshness', 'columnFreshness', 'emptyColumn'])
    expect(stale.every((each) => each.veto)).toBe(true)
    expect(stale[1]).toMatchObject({ message: '“工作动态”栏目已 20 天未更新(要求 14 天内)', href: '/admin/工作动态' })
    // Thresholds come from the admin.
    expect(freshnessFindings([column('工作动态', 'news', daysAgo(20))], { ...DEFAULT_THRESHOLDS, newsDays: 30, homeDays: 30 }, now)).toEqual([])
  })

  it('cases: past the clock, and open for more than three months (单项否决)', () => {
    const base = { label: '留言 LY2611-ABCD', adminHref: '/admin/collections/enquiries/1', open: true }
    expect(caseFindings([{ ...base, receivedAt: daysAgo(10), deadline: daysAgo(-5) }], now)).toEqual([])
    expect(caseFindings([{ ...base, open: false, receivedAt: daysAgo(200), deadline: daysAgo(150) }], now)).toEqual([])
    const late = caseFindings([{ ...base, receivedAt: daysAgo(30), deadline: daysAgo(1) }], now)
    expect(late).toMatchObject([{ rule: 'overdueCase', veto: false }])
    const forgotten = caseFindings([{ ...base, receivedAt: daysAgo(100), deadline: daysAgo(40) }], now)
    expect(forgotten).toMatchObject([{ rule: 'unanswered', veto: true, message: '留言 LY2611-ABCD 已超过三个月未答复' }])
  })

  it('dead links: 4xx, 5xx and no answer, each naming the page it is on', () => {
    const from = { title: '关于领取优待证的通知', adminHref: '/admin/collections/news/9' }
    expect(deadLinkFindings([{ url: 'https://www.mva.gov.cn/', status: 200, from }, { url: '/news/work', status: 301, from }])).toEqual([])
    const dead = deadLinkFindings([{ url: 'https://old.example.gov.cn/a', status: 404, from }, { url: 'https://down.example.gov.cn/', status: null, from }])
    expect(dead.map((each) => each.message)).toEqual([
      '“关于领取优待证的通知”中的链接 https://old.example.gov.cn/a 返回 404',
      '“关于领取优待证的通知”中的链接 https://down.example.gov.cn/ 无法访问',
    ])
  })

  it('政策解读 linked to a published policy', () => {
    expect(interpretationFindings([{ title: '一图读懂', adminHref: '/a', policyPublished: true }])).toEqual([])
    expect(interpretationFindings([{ title: '一图读懂', adminHref: '/a', policyPublished: null }, { title: '问答', adminHref: '/b', policyPublished: false }]).map((each) => each.message)).toEqual([
      '政策解读“一图读懂”没有关联所解读的政策文件',
      '政策解读“问答”关联的政策文件未发布',
    ])
  })

  it('办事指南 with a missing element, 意见征集 closed without feedback, the footer identifiers', () => {
    expect(guideFindings([{ title: '优待证申领', adminHref: '/g', problems: [] }])).toEqual([])
    expect(guideFindings([{ title: '优待证申领', adminHref: '/g', problems: ['缺少监督投诉电话'] }])[0].message).toBe('办事指南“优待证申领”缺少监督投诉电话')
    expect(consultationFindings([{ title: '征求意见', adminHref: '/c', closesAt: daysAgo(-3), hasFeedback: false }, { title: '已反馈', adminHref: '/c', closesAt: daysAgo(30), hasFeedback: true }], now)).toEqual([])
    expect(consultationFindings([{ title: '征求意见', adminHref: '/c', closesAt: daysAgo(30), hasFeedback: false }], now)).toHaveLength(1)
    const full = { host: '南屏县退役军人事务局', siteIdCode: '4399010017', icp: '湘ICP备00000000号', psb: '湘公网安备43990102000186号', errorReportUrl: 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4399010017' }
    expect(footerFindings(full)).toEqual([])
    expect(footerFindings({ ...full, icp: '', errorReportUrl: null }).map((each) => each.message)).toEqual(['网站页脚缺少ICP备案号', '网站页脚缺少“我为政府网站找错”入口'])
  })

  it('the annual report for last year, due by 31 January', () => {
    expect(annualReportFindings([], new Date('2027-01-31T15:59:00Z'))).toEqual([])
    expect(annualReportFindings([2026], new Date('2027-02-01T00:00:00Z'))).toEqual([])
    expect(annualReportFindings([2025], new Date('2027-01-31T16:00:00Z'))).toMatchObject([{ rule: 'annualReport', message: '2026 年政府信息公开工作年度报告未在 1 月 31 日前发布' }])
  })
})
