import type { EnquiryStatus } from '../constants/enquiries'
import { addWorkingDays, endOfBeijingDay, type HolidayCalendar, toBeijingDate, workingDaysBetween } from './workingDays'

/** The legal clocks, in working days. */
export const CLOCKS = {
  acceptWithin: 15,
  answerWithin: 60,
  maxExtension: 30,
  /** A case this close to its deadline is flagged and its handler reminded. */
  dueSoonWithin: 3,
  /** Calendar days after closing in which the submitter may ask for a review (复查). */
  reviewWithinDays: 30,
} as const

export const CLOCK_STATES = ['none', 'onTime', 'dueSoon', 'overdue'] as const
export type ClockState = (typeof CLOCK_STATES)[number]

export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  none: '—',
  onTime: '正常',
  dueSoon: '⚠ 即将到期',
  overdue: '‼ 已超期',
}

export const acceptDeadline = (submittedAt: Date, calendar: HolidayCalendar): Date =>
  endOfBeijingDay(addWorkingDays(toBeijingDate(submittedAt), CLOCKS.acceptWithin, calendar))

export const answerDeadline = (acceptedAt: Date, extensionDays: number, calendar: HolidayCalendar): Date =>
  endOfBeijingDay(addWorkingDays(toBeijingDate(acceptedAt), CLOCKS.answerWithin + extensionDays, calendar))

type ClockedCase = {
  status: EnquiryStatus
  acceptDeadline?: string | null
  answerDeadline?: string | null
}

/** The deadline a case is currently running against, if any. */
export const runningDeadline = (item: ClockedCase): string | null => {
  if (item.status === 'submitted') return item.acceptDeadline ?? null
  if (item.status === 'accepted' || item.status === 'in_progress') return item.answerDeadline ?? null
  return null
}

export const clockState = (item: ClockedCase, now: Date, calendar: HolidayCalendar): ClockState => {
  const deadline = runningDeadline(item)
  if (!deadline) return 'none'
  if (now.getTime() > new Date(deadline).getTime()) return 'overdue'
  const left = workingDaysBetween(toBeijingDate(now), toBeijingDate(new Date(deadline)), calendar)
  return left <= CLOCKS.dueSoonWithin ? 'dueSoon' : 'onTime'
}

/** Whether a reply was given within its legal time. */
export const answeredOnTime = (answeredAt: string, answerDeadlineAt: string | null | undefined): boolean =>
  !answerDeadlineAt || new Date(answeredAt).getTime() <= new Date(answerDeadlineAt).getTime()

export const canRequestReview = (closedAt: string | null | undefined, now: Date): boolean =>
  Boolean(closedAt) && now.getTime() - new Date(closedAt!).getTime() <= CLOCKS.reviewWithinDays * 86_400_000
