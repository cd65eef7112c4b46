/**
 * Working-day arithmetic on Beijing calendar dates (YYYY-MM-DD) with a holiday calendar, and the
 * legal clocks a case runs against. How many working days each clock allows is the kind's
 * (`ClockRules`, e.g. kinds/enquiry.ts); the arithmetic is the same for every kind.
 */
import { beijingDate } from '../../../shared'
import type { CaseStatus } from './status'

export type HolidayCalendar = {
  /** Statutory holidays falling on weekdays. */
  holidays: readonly string[]
  /** 调休: weekend days that are working days. */
  workdays: readonly string[]
}

export const EMPTY_CALENDAR: HolidayCalendar = { holidays: [], workdays: [] }

/** The Beijing calendar date (YYYY-MM-DD) of an instant: the one formatter in src/shared. */
export const toBeijingDate = (instant: Date): string => beijingDate(instant)

/** The calendar date `days` days after `date` (YYYY-MM-DD). */
export const addDays = (date: string, days: number): string => {
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

/** A kind's legal clocks, in working days unless said otherwise. */
export type ClockRules = {
  /** From submission to the decision to accept or decline. */
  acceptWithin: number
  /** From acceptance to the reply. */
  answerWithin: number
  /** The one extension of the answer clock, at most. */
  maxExtension: number
  /** A case this close to its deadline is flagged and its handler reminded. */
  dueSoonWithin: number
  /**
   * Working days after the answer left to the submitter to rate it (rating closes the case);
   * a handler closes an unrated case earlier only with a recorded reason (actions.ts).
   */
  ratingWithin: number
  /** Calendar days after closing in which the submitter may ask for a review (复查). */
  reviewWithinDays: number
}

export const CLOCK_STATES = ['none', 'onTime', 'dueSoon', 'overdue'] as const
export type ClockState = (typeof CLOCK_STATES)[number]

export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  none: '—',
  onTime: '正常',
  dueSoon: '⚠ 即将到期',
  overdue: '‼ 已超期',
}

export const acceptDeadline = (submittedAt: Date, calendar: HolidayCalendar, rules: ClockRules): Date =>
  endOfBeijingDay(addWorkingDays(toBeijingDate(submittedAt), rules.acceptWithin, calendar))

export const answerDeadline = (acceptedAt: Date, extensionDays: number, calendar: HolidayCalendar, rules: ClockRules): Date =>
  endOfBeijingDay(addWorkingDays(toBeijingDate(acceptedAt), rules.answerWithin + extensionDays, calendar))

type ClockedCase = {
  status: CaseStatus
  acceptDeadline?: string | null
  answerDeadline?: string | null
}

/** The deadline a case is currently running against, if any. */
export const runningDeadline = (item: ClockedCase): string | null => {
  if (item.status === 'submitted') return item.acceptDeadline ?? null
  if (item.status === 'accepted' || item.status === 'in_progress') return item.answerDeadline ?? null
  return null
}

export const clockState = (item: ClockedCase, now: Date, calendar: HolidayCalendar, rules: ClockRules): ClockState => {
  const deadline = runningDeadline(item)
  if (!deadline) return 'none'
  if (now.getTime() > new Date(deadline).getTime()) return 'overdue'
  const left = workingDaysBetween(toBeijingDate(now), toBeijingDate(new Date(deadline)), calendar)
  return left <= rules.dueSoonWithin ? 'dueSoon' : 'onTime'
}

/** Whether a reply was given within its legal time. */
export const answeredOnTime = (answeredAt: string, answerDeadlineAt: string | null | undefined): boolean =>
  !answerDeadlineAt || new Date(answeredAt).getTime() <= new Date(answerDeadlineAt).getTime()

export const canRequestReview = (closedAt: string | null | undefined, now: Date, rules: ClockRules): boolean =>
  Boolean(closedAt) && now.getTime() - new Date(closedAt!).getTime() <= rules.reviewWithinDays * 86_400_000
