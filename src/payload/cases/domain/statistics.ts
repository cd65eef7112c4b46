import { answeredOnTime, toBeijingDate } from './clocks'

export type MonthStatistics = { month: string; received: number; answered: number; onTime: number; onTimeRate: number | null }

type CaseDates = { createdAt: string; answeredAt?: string | null; answerDeadline?: string | null }

const monthOf = (instant: string) => toBeijingDate(new Date(instant)).slice(0, 7)

/** The last `count` months up to `now`, oldest first, as YYYY-MM. */
export const recentMonths = (now: Date, count: number): string[] => {
  const [year, month] = monthOf(now.toISOString()).split('-').map(Number)
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - index), 1))
    return date.toISOString().slice(0, 7)
  })
}

/** Received, answered and answered-on-time cases per Beijing month; no personal data goes in. */
export const monthlyStatistics = (cases: readonly CaseDates[], months: readonly string[]): MonthStatistics[] =>
  months.map((month) => {
    const received = cases.filter((item) => monthOf(item.createdAt) === month).length
    const answered = cases.filter((item) => item.answeredAt && monthOf(item.answeredAt) === month)
    const onTime = answered.filter((item) => answeredOnTime(item.answeredAt!, item.answerDeadline)).length
    return { month, received, answered: answered.length, onTime, onTimeRate: answered.length ? onTime / answered.length : null }
  })

export const statisticsCsv = (rows: readonly MonthStatistics[]): string =>
  [
    '月份,收到留言,已答复,按期答复,按期答复率',
    ...rows.map((row) =>
      [row.month, row.received, row.answered, row.onTime, row.onTimeRate === null ? '' : `${(row.onTimeRate * 100).toFixed(1)}%`].join(','),
    ),
  ].join('\r\n') + '\r\n'
