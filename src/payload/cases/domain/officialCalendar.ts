import type { HolidayCalendar } from './clocks'

/**
 * The State Council's 部分节假日安排, as its General Office publishes it each November for the next
 * year: the days off that fall on weekdays, and the weekend days worked instead (调休). Shipped so
 * that the legal clocks are right on a fresh install; staff add a new year in 节假日安排 (the
 * admin's entries count as well) until it ships here. Weekend days inside a holiday need no entry.
 */
export const OFFICIAL_CALENDAR: Record<number, { source: string; holidays: readonly [date: string, name: string][]; workdays: readonly string[] }> = {
  2025: {
    source: '国务院办公厅关于2025年部分节假日安排的通知(国办发明电〔2024〕12号)',
    holidays: [
      ['2025-01-01', '元旦'],
      ['2025-01-28', '春节'], ['2025-01-29', '春节'], ['2025-01-30', '春节'], ['2025-01-31', '春节'], ['2025-02-03', '春节'], ['2025-02-04', '春节'],
      ['2025-04-04', '清明节'],
      ['2025-05-01', '劳动节'], ['2025-05-02', '劳动节'], ['2025-05-05', '劳动节'],
      ['2025-06-02', '端午节'],
      ['2025-10-01', '国庆节、中秋节'], ['2025-10-02', '国庆节、中秋节'], ['2025-10-03', '国庆节、中秋节'], ['2025-10-06', '国庆节、中秋节'], ['2025-10-07', '国庆节、中秋节'], ['2025-10-08', '国庆节、中秋节'],
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    source: '国务院办公厅关于2026年部分节假日安排的通知(国办发明电〔2025〕7号)',
    holidays: [
      ['2026-01-01', '元旦'], ['2026-01-02', '元旦'],
      ['2026-02-16', '春节'], ['2026-02-17', '春节'], ['2026-02-18', '春节'], ['2026-02-19', '春节'], ['2026-02-20', '春节'], ['2026-02-23', '春节'],
      ['2026-04-06', '清明节'],
      ['2026-05-01', '劳动节'], ['2026-05-04', '劳动节'], ['2026-05-05', '劳动节'],
      ['2026-06-19', '端午节'],
      ['2026-09-25', '中秋节'],
      ['2026-10-01', '国庆节'], ['2026-10-02', '国庆节'], ['2026-10-05', '国庆节'], ['2026-10-06', '国庆节'], ['2026-10-07', '国庆节'],
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
}

/** The calendar the clocks count with: the official schedule and what staff entered, together. */
export const withOfficialCalendar = (entered: HolidayCalendar): HolidayCalendar => {
  const official = Object.values(OFFICIAL_CALENDAR)
  return {
    holidays: [...new Set([...official.flatMap((year) => year.holidays.map(([date]) => date)), ...entered.holidays])].sort(),
    workdays: [...new Set([...official.flatMap((year) => year.workdays), ...entered.workdays])].sort(),
  }
}

/** The years with a schedule: shipped, or a holiday entered by staff in that year. */
export const yearsCovered = (entered: HolidayCalendar): number[] =>
  [...new Set([...Object.keys(OFFICIAL_CALENDAR).map(Number), ...entered.holidays.map((date) => Number(date.slice(0, 4)))])].sort()

/**
 * From 1 December (Beijing time), next year's schedule is due: the year it is missing for, or null.
 * The State Council publishes it in November; until staff enter it, every clock that runs into
 * the new year counts its holidays as working days.
 */
export const missingNextYear = (entered: HolidayCalendar, now: Date): number | null => {
  const beijing = new Date(now.getTime() + 8 * 3600_000)
  if (beijing.getUTCMonth() !== 11) return null
  const next = beijing.getUTCFullYear() + 1
  return yearsCovered(entered).includes(next) ? null : next
}
