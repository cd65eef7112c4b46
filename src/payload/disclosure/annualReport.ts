/**
 * 政府信息公开工作年度报告: a reviewed item of the 目录 (a 页面) that names its year. Its part 三, the
 * table of 依申请公开 requests, is worked out from the requests on each save, so the reviewers pass
 * the very figures the public will read; the text of the other parts is the editor's.
 */
import { type CollectionBeforeChangeHook, type Field, ValidationError } from 'payload'

import { beijingDate } from '../../shared'
import { foiYearTable } from '../cases'

/** The first year the 条例 asked for a report (it took effect on 1 May 2008). */
export const FIRST_REPORT_YEAR = 2008

export const annualReportFields: Field[] = [
  {
    name: 'annualReportYear',
    type: 'number',
    label: '年度报告年份',
    index: true,
    min: FIRST_REPORT_YEAR,
    admin: { position: 'sidebar', description: '填写后,本页面是该年度的政府信息公开工作年度报告;每次保存时生成“收到和处理政府信息公开申请情况”统计表' },
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
  (slug: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const year = data.annualReportYear ?? (data.annualReportYear === null ? null : originalDoc?.annualReportYear)
    if (year === null || year === undefined) return { ...data, foiTable: null }
    const problem = reportYearProblem(Number(year), beijingDate(new Date()))
    const other = problem
      ? null
      : (await req.payload.find({ collection: slug as 'pages', where: { annualReportYear: { equals: year }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) }, draft: true, limit: 1, depth: 0, req, select: { title: true } })).docs[0]
    const message = problem ?? (other ? `${year} 年的年度报告已有页面“${other.title}”` : null)
    if (message) throw new ValidationError({ collection: slug, errors: [{ path: 'annualReportYear', message }], req })
    return { ...data, foiTable: await foiYearTable(req.payload, Number(year), req) }
  }
