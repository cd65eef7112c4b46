/** Working-day arithmetic on Beijing calendar dates (YYYY-MM-DD), with a holiday calendar. */
export type HolidayCalendar = {
  /** Statutory holidays falling on weekdays. */
  holidays: readonly string[]
  /** 调休: weekend days that are working days. */
  workdays: readonly string[]
}

export const EMPTY_CALENDAR: HolidayCalendar = { holidays: [], workdays: [] }

const beijingDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

export const toBeijingDate = (instant: Date): string => beijingDate.format(instant)

const addDays = (date: string, days: number): string => {
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + days)
  return next.toISOString().slice(0, 10)
}

export const isWorkingDay = (date: string, calendar: HolidayCalendar): boolean => {
  if (calendar.workdays.includes(date)) return true
  if (calendar.holidays.includes(date)) return false
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The date `days` working days after `start`; the start day itself is not counted. */
export const addWorkingDays = (start: string, days: number, calendar: HolidayCalendar): string => {
  let date = start
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1)
    if (isWorkingDay(date, calendar)) counted += 1
  }
  return date
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export const workingDaysBetween = (from: string, to: string, calendar: HolidayCalendar): number => {
  if (to < from) return -workingDaysBetween(to, from, calendar)
  let count = 0
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (isWorkingDay(date, calendar)) count += 1
  return count
}

/** A deadline falls at the end of its Beijing day. */
export const endOfBeijingDay = (date: string): Date => new Date(`${date}T23:59:59.999+08:00`)
