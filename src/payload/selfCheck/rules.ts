/**
 * The 检查指标 self-check's rules, pure: each takes the facts a run gathered (facts.ts reads them
 * from the database) and returns its findings, each with a Chinese message and the admin page
 * where it is fixed. `veto` marks the 单项否决 kind: one such finding fails a site at inspection
 * (《政府网站与政务新媒体检查指标》: 网站不更新, 栏目不更新, 互动回应差).
 */
import { STALE_AFTER_DAYS } from '../constants/workflow'

export type Finding = {
  rule: RuleId
  veto: boolean
  message: string
  /** Where to fix it: an admin path, or the public page for a dead link. */
  href: string
}

export const SELF_CHECK_RULES = {
  homeFreshness: { label: '首页更新', veto: true },
  columnFreshness: { label: '栏目更新', veto: true },
  emptyColumn: { label: '空白栏目', veto: true },
  emptyDisclosure: { label: '法定主动公开内容空白', veto: false },
  unanswered: { label: '留言超过三个月未答复', veto: true },
  overdueCase: { label: '超过办理期限', veto: false },
  deadLink: { label: '错误链接', veto: false },
  interpretationLink: { label: '政策解读关联', veto: false },
  serviceGuide: { label: '办事指南要素', veto: false },
  consultationFeedback: { label: '意见征集反馈', veto: false },
  footer: { label: '网站标识', veto: false },
  annualReport: { label: '政府信息公开年度报告', veto: false },
} as const

export type RuleId = keyof typeof SELF_CHECK_RULES

/** How old the newest item of a column may be, in days, by the column's kind (set in the admin). */
export type Thresholds = { newsDays: number; noticeDays: number; policyDays: number; homeDays: number }

/** The editors' workbench reminds of stale columns by the same numbers (constants/workflow.ts). */
export const DEFAULT_THRESHOLDS: Thresholds = { newsDays: STALE_AFTER_DAYS.news, noticeDays: STALE_AFTER_DAYS.notice, policyDays: STALE_AFTER_DAYS.policies, homeDays: STALE_AFTER_DAYS.news }

const DAY = 86_400_000
const finding = (rule: RuleId, message: string, href: string): Finding => ({ rule, veto: SELF_CHECK_RULES[rule].veto, message, href })
const daysSince = (at: string, now: Date) => Math.floor((now.getTime() - Date.parse(at)) / DAY)

export type ColumnFacts = { label: string; kind: 'news' | 'notice' | 'policy'; adminHref: string; newest: string | null; count: number }

/** 栏目不更新 and 空白栏目: each column against its kind's threshold; the home page's newest item against its own. */
export const freshnessFindings = (columns: readonly ColumnFacts[], thresholds: Thresholds, now: Date): Finding[] => {
  const limit = { news: thresholds.newsDays, notice: thresholds.noticeDays, policy: thresholds.policyDays }
  const findings = columns.flatMap((column) => {
    if (column.count === 0 || !column.newest) return [finding('emptyColumn', `“${column.label}”栏目没有任何已发布的内容`, column.adminHref)]
    const age = daysSince(column.newest, now)
    return age > limit[column.kind] ? [finding('columnFreshness', `“${column.label}”栏目已 ${age} 天未更新(要求 ${limit[column.kind]} 天内)`, column.adminHref)] : []
  })
  const newest = columns.map((column) => column.newest).filter((at): at is string => Boolean(at)).sort().at(-1)
  if (!newest || daysSince(newest, now) > thresholds.homeDays) {
    findings.unshift(finding('homeFreshness', newest ? `首页已 ${daysSince(newest, now)} 天没有新内容(要求 ${thresholds.homeDays} 天内)` : '首页没有任何已发布的内容', '/admin/collections/news'))
  }
  return findings
}

export type CaseFacts = { label: string; adminHref: string; open: boolean; receivedAt: string; deadline: string | null }

/** Cases past their legal clock, and any open for more than three months (互动回应差). */
export const caseFindings = (cases: readonly CaseFacts[], now: Date): Finding[] =>
  cases.flatMap((item) => {
    if (!item.open) return []
    const threeMonthsAgo = new Date(now)
    threeMonthsAgo.setMonth(threeMonthsAgo.getMonth() - 3)
    if (Date.parse(item.receivedAt) < threeMonthsAgo.getTime()) return [finding('unanswered', `${item.label} 已超过三个月未答复`, item.adminHref)]
    if (item.deadline && Date.parse(item.deadline) < now.getTime()) return [finding('overdueCase', `${item.label} 已超过办理期限`, item.adminHref)]
    return []
  })

export type LinkFacts = { url: string; status: number | null; from: { title: string; adminHref: string } }

/** A link that answered 4xx/5xx, or nothing at all. */
export const deadLinkFindings = (links: readonly LinkFacts[]): Finding[] =>
  links
    .filter((link) => link.status === null || link.status >= 400)
    .map((link) => finding('deadLink', `“${link.from.title}”中的链接 ${link.url} ${link.status === null ? '无法访问' : `返回 ${link.status}`}`, link.from.adminHref))

export type InterpretationFacts = { title: string; adminHref: string; policyPublished: boolean | null }

/** A 解读 must name a published policy (the policy's page then shows the 解读: linked both ways). */
export const interpretationFindings = (interpretations: readonly InterpretationFacts[]): Finding[] =>
  interpretations.flatMap((item) =>
    item.policyPublished === true
      ? []
      : [finding('interpretationLink', item.policyPublished === null ? `政策解读“${item.title}”没有关联所解读的政策文件` : `政策解读“${item.title}”关联的政策文件未发布`, item.adminHref)],
  )

export type GuideFacts = { title: string; adminHref: string; problems: readonly string[] }

export const guideFindings = (guides: readonly GuideFacts[]): Finding[] =>
  guides.flatMap((guide) => (guide.problems.length ? [finding('serviceGuide', `办事指南“${guide.title}”${guide.problems.join(';')}`, guide.adminHref)] : []))

export type ConsultationFacts = { title: string; adminHref: string; closesAt: string | null; hasFeedback: boolean }

export const consultationFindings = (consultations: readonly ConsultationFacts[], now: Date): Finding[] =>
  consultations.flatMap((item) =>
    item.closesAt && Date.parse(item.closesAt) < now.getTime() && !item.hasFeedback
      ? [finding('consultationFeedback', `意见征集“${item.title}”已结束,尚未发布反馈情况`, item.adminHref)]
      : [],
  )

export type FooterFacts = { host?: string | null; siteIdCode?: string | null; icp?: string | null; psb?: string | null; errorReportUrl?: string | null }

const FOOTER_LABELS: Record<keyof FooterFacts, string> = { host: '主办单位', siteIdCode: '网站标识码', icp: 'ICP备案号', psb: '公安备案号', errorReportUrl: '“我为政府网站找错”入口' }

export const footerFindings = (settings: FooterFacts): Finding[] =>
  (Object.keys(FOOTER_LABELS) as (keyof FooterFacts)[])
    .filter((key) => !settings[key]?.trim())
    .map((key) => finding('footer', `网站页脚缺少${FOOTER_LABELS[key]}`, '/admin/globals/siteSettings'))

/** Last year's 政府信息公开工作年度报告 is due by 31 January (Beijing time). */
export const annualReportFindings = (publishedYears: readonly number[], now: Date): Finding[] => {
  const beijing = new Date(now.getTime() + 8 * 3600_000)
  const year = beijing.getUTCFullYear()
  const due = beijing.getUTCMonth() > 0 // from 1 February
  return due && !publishedYears.includes(year - 1) ? [finding('annualReport', `${year - 1} 年政府信息公开工作年度报告未在 1 月 31 日前发布`, '/admin/collections/pages?where[annualReportYear][greater_than]=0')] : []
}

/** 法定主动公开内容: a category the law requires with nothing published in it. */
export const disclosureFindings = (counts: readonly { label: string; count: number }[]): Finding[] =>
  counts.filter((category) => category.count === 0).map((category) => finding('emptyDisclosure', `法定主动公开内容“${category.label}”没有任何信息`, '/admin/collections/news'))
