/**
 * Table 三 of the 政府信息公开工作年度报告 (the national template): requests received and handled in
 * a year, by applicant (自然人, the five sorts of organisation, 总计) and outcome.
 */
import { FOI_ANSWER_TYPES, FOI_APPLICANT_TYPES, type FoiAnswerType, type FoiApplicantType } from '../kinds/foiRequest'

/** What the table needs of a request: dates are Beijing dates (YYYY-MM-DD). */
export type FoiCaseFacts = {
  applicantType: FoiApplicantType
  receivedOn: string
  answeredOn?: string | null
  answerType?: FoiAnswerType | null
  reason?: string | null
}

export const FOI_COLUMNS = [...(Object.keys(FOI_APPLICANT_TYPES) as FoiApplicantType[]), 'total'] as const
export type FoiColumn = (typeof FOI_COLUMNS)[number]

/** The table's rows in its order: a key, its label, and how deep it is indented (0 section, 1 outcome, 2 reason). */
export const FOI_ROWS: { key: string; label: string; depth: number }[] = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', depth: 0 },
  { key: 'carriedIn', label: '二、上年结转政府信息公开申请数量', depth: 0 },
  { key: 'results', label: '三、本年度办理结果', depth: 0 },
  ...(Object.entries(FOI_ANSWER_TYPES) as [FoiAnswerType, { label: string; reasons: Record<string, string> | null }][]).flatMap(([type, { label, reasons }]) => [
    { key: type, label, depth: 1 },
    ...Object.entries(reasons ?? {}).map(([reason, reasonLabel]) => ({ key: `${type}.${reason}`, label: reasonLabel, depth: 2 })),
  ]),
  { key: 'handled', label: '总计', depth: 1 },
  { key: 'carriedOut', label: '四、结转下年度继续办理', depth: 0 },
]

export type FoiTable = Record<string, Record<FoiColumn, number>>

const emptyRow = () => Object.fromEntries(FOI_COLUMNS.map((column) => [column, 0])) as Record<FoiColumn, number>

/** The table for `year` (a calendar year in Beijing dates). */
export const foiStatistics = (cases: readonly FoiCaseFacts[], year: number): FoiTable => {
  const table: FoiTable = Object.fromEntries(FOI_ROWS.filter((row) => row.key !== 'results').map((row) => [row.key, emptyRow()]))
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const add = (row: string, item: FoiCaseFacts) => {
    table[row][item.applicantType] += 1
    table[row].total += 1
  }
  for (const item of cases) {
    if (item.receivedOn > last) continue
    const answeredBefore = item.answeredOn && item.answeredOn < first
    if (answeredBefore) continue
    add(item.receivedOn >= first ? 'received' : 'carriedIn', item)
    if (item.answeredOn && item.answeredOn <= last && item.answerType) {
      add(item.answerType, item)
      if (item.reason && `${item.answerType}.${item.reason}` in table) add(`${item.answerType}.${item.reason}`, item)
      add('handled', item)
    } else {
      add('carriedOut', item)
    }
  }
  return table
}
