/**
 * The staff export (导出统计表): which fields a row may carry, the date range asked for, and the
 * CSV document a spreadsheet opens directly. Labels come from the kind (kinds/enquiry.ts).
 */
import type { CaseKind } from '../kinds/caseKind'
import { toBeijingDate } from './clocks'
import type { CaseStatus } from './status'

/**
 * The case fields a staff export may carry: handling facts only. Name, phone, ID card, e-mail,
 * subject, body, reply and attachments are not among them, so they cannot reach a file.
 */
export const EXPORT_FIELDS = [
  'trackingCode',
  'kind',
  'topic',
  'status',
  'station',
  'createdAt',
  'acceptedAt',
  'declinedAt',
  'answeredAt',
  'closedAt',
  'acceptDeadline',
  'answerDeadline',
  'satisfaction',
] as const

export type ExportCase = { [K in (typeof EXPORT_FIELDS)[number]]?: string | null }

export const EXPORT_HEADER = ['查询码', '类别', '事项类别', '办理状态', '受理站点/部门', '提交日期', '受理日期', '答复日期', '办结日期', '是否超期', '满意度'] as const

const later = (at: string | null | undefined, deadline: string | null | undefined, now: Date) =>
  Boolean(deadline) && new Date(at ?? now).getTime() > new Date(deadline!).getTime()

/**
 * Whether the case missed a legal deadline: accepted (or declined) after its accept deadline,
 * answered after its answer deadline, or still open past the one it runs against.
 */
export const missedDeadline = (item: ExportCase, now: Date): boolean => {
  const status = item.status as CaseStatus
  const acceptedBy = item.acceptedAt ?? item.declinedAt ?? (status === 'submitted' ? null : undefined)
  if (acceptedBy !== undefined && later(acceptedBy, item.acceptDeadline, now)) return true
  const answeredBy = item.answeredAt ?? (status === 'accepted' || status === 'in_progress' ? null : undefined)
  return answeredBy !== undefined && later(answeredBy, item.answerDeadline, now)
}

const day = (at: string | null | undefined) => (at ? toBeijingDate(new Date(at)) : '')

type Labels = Pick<CaseKind, 'categories' | 'topics' | 'statusLabels' | 'satisfactionLabels'>

const label = (labels: Record<string, string>, value: string | null | undefined) => (value && Object.hasOwn(labels, value) ? labels[value] : '')

/** One export row; `stationName` resolves the assigned station's id (empty: the bureau itself). */
export const exportRow = (item: ExportCase, stationName: (id: string) => string, now: Date, kind: Labels): string[] => [
  item.trackingCode ?? '',
  label(kind.categories, item.kind),
  label(kind.topics, item.topic),
  label(kind.statusLabels, item.status),
  item.station ? stationName(item.station) : '',
  day(item.createdAt),
  day(item.acceptedAt ?? item.declinedAt),
  day(item.answeredAt),
  day(item.closedAt),
  missedDeadline(item, now) ? '是' : '否',
  label(kind.satisfactionLabels, item.satisfaction),
]

/** A cell a spreadsheet would read as a formula (=, +, -, @, or a tab/CR that hides one) is prefixed with '. */
const FORMULA_START = /^[=+\-@\t\r]/

export const csvCell = (value: string | number | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value)
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A CSV document as spreadsheet programs open it directly: UTF-8 with a BOM, CRLF line ends. */
export const csvDocument = (rows: readonly (readonly (string | number | null | undefined)[])[]): string =>
  `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`

const DATE = /^\d{4}-\d{2}-\d{2}$/

export type ExportRange = { ok: true; since?: string; before?: string } | { ok: false; message: string }

const validDate = (date: string) => DATE.test(date) && !Number.isNaN(new Date(`${date}T00:00:00+08:00`).getTime()) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)

/**
 * `from` and `to` (YYYY-MM-DD, both optional, both included) as Beijing days: the instants a
 * case's submission time must be at or after (`since`) and before (`before`).
 */
export const exportRange = (from?: string | null, to?: string | null): ExportRange => {
  for (const date of [from, to]) if (date && !validDate(date)) return { ok: false, message: '日期格式应为 YYYY-MM-DD,例如 2026-01-31' }
  if (from && to && from > to) return { ok: false, message: '开始日期不能晚于结束日期' }
  const since = from ? new Date(`${from}T00:00:00+08:00`).toISOString() : undefined
  const before = to ? new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString() : undefined
  return { ok: true, since, before }
}
