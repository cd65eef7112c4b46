/**
 * 政府信息公开工作年度报告: a reviewed item of the 目录 (a 页面) that names its year, with the national
 * template's tables: 二 (what was published, by category) and 三 (依申请公开 requests by applicant
 * and outcome) worked out on each save from the published items and the requests, so reviewers
 * pass the very figures the public reads; 四 (行政复议 and 行政诉讼) entered by staff; the text of
 * the other parts is the editor's.
 */
import { type CollectionBeforeChangeHook, type Field, ValidationError } from 'payload'

import { beijingDate } from '../../shared'
import { foiYearTable } from '../cases'
import { DISCLOSURE_CATEGORIES, type DisclosureCategory, isDisclosureCategory } from './categories'

/** The first year the 条例 asked for a report (it took effect on 1 May 2008). */
export const FIRST_REPORT_YEAR = 2008

/** Table 四's blocks and columns (the template's), each cell a number staff enter. */
export const REVIEW_BLOCKS = { review: '行政复议', directSuit: '行政诉讼(未经复议直接起诉)', suitAfterReview: '行政诉讼(复议后起诉)' } as const
export const REVIEW_OUTCOMES = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' } as const

/** Table 二: the items first published in `year` (Beijing dates), counted by category, with the total. */
export const publishedCounts = (items: readonly { category?: string | null; publishedAt?: string | null }[], year: number): Record<DisclosureCategory | 'total', number> => {
  const counts = Object.fromEntries([...Object.keys(DISCLOSURE_CATEGORIES), 'total'].map((key) => [key, 0])) as Record<DisclosureCategory | 'total', number>
  for (const item of items) {
    if (!isDisclosureCategory(item.category) || !item.publishedAt || beijingDate(item.publishedAt).slice(0, 4) !== String(year)) continue
    counts[item.category] += 1
    counts.total += 1
  }
  return counts
}

const reviewField: Field = {
  name: 'reviewLitigation',
  type: 'group',
  label: '政府信息公开行政复议、行政诉讼情况(件)',
  admin: { condition: (data) => Boolean(data?.annualReportYear) },
  fields: Object.entries(REVIEW_BLOCKS).map(([block, label]) => ({
    type: 'row' as const,
    fields: Object.entries(REVIEW_OUTCOMES).map(([outcome, outcomeLabel]) => ({
      name: `${block}_${outcome}`,
      type: 'number' as const,
      label: `${label}:${outcomeLabel}`,
      min: 0,
      defaultValue: 0,
      admin: { step: 1 },
    })),
  })),
}

export const annualReportFields: Field[] = [
  {
    name: 'annualReportYear',
    type: 'number',
    label: '年度报告年份',
    index: true,
    min: FIRST_REPORT_YEAR,
    admin: { position: 'sidebar', description: '填写后,本页面是该年度的政府信息公开工作年度报告;每次保存时生成“收到和处理政府信息公开申请情况”统计表' },
  },
  reviewField,
  {
    name: 'publishedTable',
    type: 'json',
    label: '主动公开政府信息情况(保存时生成)',
    admin: { readOnly: true, condition: (data) => Boolean(data?.annualReportYear) },
    access: { create: () => false, update: () => false },
  },
  {
    name: 'foiTable',
    type: 'json',
    label: '收到和处理政府信息公开申请情况(保存时生成)',
    admin: { readOnly: true, condition: (data) => Boolean(data?.annualReportYear) },
    // Only the hook writes it: whatever a client sends is dropped.
    access: { create: () => false, update: () => false },
  },
]

/** Why a year cannot be reported on, in Chinese, or null. */
export const reportYearProblem = (year: number, today: string): string | null => {
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR) return `年度报告年份应为 ${FIRST_REPORT_YEAR} 年以后的年份`
  if (year >= Number(today.slice(0, 4))) return '只能为已经结束的年度编写年度报告'
  return null
}

export const snapshotFoiTable =
  (slug: string, disclosed: readonly string[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const year = data.annualReportYear ?? (data.annualReportYear === null ? null : originalDoc?.annualReportYear)
    if (year === null || year === undefined) return { ...data, foiTable: null, publishedTable: null }
    const problem = reportYearProblem(Number(year), beijingDate(new Date()))
    const other = problem
      ? null
      : (await req.payload.find({ collection: slug as 'pages', where: { annualReportYear: { equals: year }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) }, draft: true, limit: 1, depth: 0, req, select: { title: true } })).docs[0]
    const message = problem ?? (other ? `${year} 年的年度报告已有页面“${other.title}”` : null)
    if (message) throw new ValidationError({ collection: slug, errors: [{ path: 'annualReportYear', message }], req })
    const published = await Promise.all(
      disclosed.map(async (collection) =>
        (
          await req.payload.find({
            collection: collection as 'pages',
            where: { _status: { equals: 'published' }, disclosureCategory: { in: Object.keys(DISCLOSURE_CATEGORIES) } },
            select: { disclosureCategory: true, publishedAt: true },
            pagination: false,
            depth: 0,
            req,
          })
        ).docs.map((doc) => ({ category: doc.disclosureCategory, publishedAt: doc.publishedAt })),
      ),
    )
    return { ...data, publishedTable: publishedCounts(published.flat(), Number(year)), foiTable: await foiYearTable(req.payload, Number(year), req) }
  }
