/**
 * The handler's queue on the admin start page: 待受理, 即将到期, 已超期 and 我的, as filters on the
 * case list. 即将到期 and 已超期 count the deadline a case is running against (clocks.ts,
 * runningDeadline) the way clockState does, computed now rather than read from the nightly
 * clockState field, so the counts are right the moment a case is accepted or extended.
 */
import { addWorkingDays, type ClockRules, endOfBeijingDay, type HolidayCalendar, toBeijingDate } from './clocks'
import type { CaseStatus } from './status'

export const QUEUES = ['submitted', 'dueSoon', 'overdue', 'mine'] as const

export type Queue = (typeof QUEUES)[number]

export const QUEUE_LABELS: Record<Queue, string> = {
  submitted: '待受理',
  dueSoon: '即将到期',
  overdue: '已超期',
  mine: '我经办的',
}

export const QUEUE_HINTS: Record<Queue, string> = {
  submitted: '新留言,请决定受理或不予受理',
  dueSoon: '离期限不到几个工作日',
  overdue: '已过受理或答复期限',
  mine: '指定由我承办、尚未办结',
}

/** A filter on the case list, in Payload's `where` shape (plain data, so the domain stays Payload-free). */
export type CaseFilter = Record<string, unknown>

/**
 * The last instant a deadline counts as 即将到期: the end of the calendar day before the
 * (dueSoonWithin + 1)th working day from today, so that at most dueSoonWithin working days are left.
 */
export const dueSoonUntil = (now: Date, calendar: HolidayCalendar, rules: ClockRules): Date =>
  new Date(endOfBeijingDay(addWorkingDays(toBeijingDate(now), rules.dueSoonWithin + 1, calendar)).getTime() - 86_400_000)

const ANSWER_CLOCK: CaseStatus[] = ['accepted', 'in_progress']
const FINISHED: CaseStatus[] = ['declined', 'closed']

/** Cases whose running deadline meets every condition (one operator each, as both databases read alike). */
const runningDeadlineIs = (...conditions: Record<string, string>[]): CaseFilter => ({
  or: [
    { and: [{ status: { equals: 'submitted' } }, ...conditions.map((condition) => ({ acceptDeadline: condition }))] },
    { and: [{ status: { in: ANSWER_CLOCK } }, ...conditions.map((condition) => ({ answerDeadline: condition }))] },
  ],
})

/** Each queue's filter, for this person at this moment. */
export const queueFilters = (now: Date, calendar: HolidayCalendar, rules: ClockRules, userId: string): Record<Queue, CaseFilter> => ({
  submitted: { status: { equals: 'submitted' } },
  dueSoon: runningDeadlineIs({ greater_than_equal: now.toISOString() }, { less_than_equal: dueSoonUntil(now, calendar, rules).toISOString() }),
  overdue: runningDeadlineIs({ less_than: now.toISOString() }),
  mine: { and: [{ handler: { equals: userId } }, { status: { not_in: FINISHED } }] },
})
