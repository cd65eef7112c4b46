/**
 * What a member of staff may do next with a case: the handling actions (受理, 不予受理, 转办/分派,
 * 答复, 延期, 办结), from which states, for which roles, and what each one asks for. One pure rule
 * for the admin's action buttons, the handling endpoint and the case's beforeChange hook.
 */
import type { Role } from '../../constants/roles'
import { addWorkingDays, type ClockRules, type HolidayCalendar, toBeijingDate } from './clocks'
import type { CaseStatus } from './status'

export const CASE_ACTIONS = ['accept', 'decline', 'assign', 'answer', 'extend', 'close'] as const

export type CaseAction = (typeof CASE_ACTIONS)[number]

export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  accept: '受理',
  decline: '不予受理',
  assign: '转办/分派',
  answer: '答复',
  extend: '延期',
  close: '办结',
}

/** The case fields an action may write; anything else sent with it is ignored. */
export const ACTION_FIELDS = {
  accept: [],
  decline: ['declineReason'],
  assign: ['station', 'handler', 'assignmentNote'],
  answer: ['reply'],
  extend: ['extensionDays', 'extensionReason'],
  close: ['closeReason'],
} as const satisfies Record<CaseAction, readonly string[]>

export type ActionField = (typeof ACTION_FIELDS)[CaseAction][number]

const DECIDING: readonly Role[] = ['admin', 'caseHandler']
const WORKING: readonly Role[] = ['admin', 'caseHandler', 'stationStaff']

type ActionRule = {
  /** The states the action starts from. */
  from: readonly CaseStatus[]
  /** The state it leads to; null keeps the state (an extension). */
  to: CaseStatus | null
  /** Who may take it: deciding on a case is the bureau's; station staff answer, extend and close their station's cases. */
  roles: readonly Role[]
}

export const ACTION_RULES: Record<CaseAction, ActionRule> = {
  accept: { from: ['submitted'], to: 'accepted', roles: DECIDING },
  decline: { from: ['submitted'], to: 'declined', roles: DECIDING },
  assign: { from: ['accepted', 'in_progress'], to: 'in_progress', roles: DECIDING },
  answer: { from: ['in_progress'], to: 'answered', roles: WORKING },
  extend: { from: ['accepted', 'in_progress'], to: null, roles: WORKING },
  close: { from: ['answered'], to: 'closed', roles: WORKING },
}

type Actor = { roles?: readonly string[] | null } | null | undefined

const mayTake = (actor: Actor, action: CaseAction) => Boolean(actor?.roles?.some((role) => (ACTION_RULES[action].roles as readonly string[]).includes(role)))

type ActionableCase = { status: CaseStatus; extensionDays?: number | null }

/** The actions this person may take on the case now, in the order the buttons show them. */
export const availableActions = (item: ActionableCase, actor: Actor): CaseAction[] =>
  CASE_ACTIONS.filter(
    (action) =>
      mayTake(actor, action) &&
      ACTION_RULES[action].from.includes(item.status) &&
      // The answer clock may be extended once only.
      !(action === 'extend' && (item.extensionDays ?? 0) > 0),
  )

/** The state an action leads to from the current one. */
export const actionTarget = (action: CaseAction, from: CaseStatus): CaseStatus => ACTION_RULES[action].to ?? from

/**
 * Why a signed-in member of staff may not move a case from one state to another (null when an
 * action of theirs does exactly that). Changes made by the submitter (rating, 复查) and by the
 * system run without a user and follow the state machine alone (status.ts).
 */
export const staffChangeRefusal = (from: CaseStatus, to: CaseStatus, actor: Actor): string | null => {
  if (from === to) return null
  const leading = CASE_ACTIONS.filter((action) => ACTION_RULES[action].from.includes(from) && actionTarget(action, from) === to)
  if (!leading.length) return '不能从当前状态直接改为该状态'
  if (leading.some((action) => mayTake(actor, action))) return null
  return `只有留言办理员或系统管理员可以${CASE_ACTION_LABELS[leading[0]]}`
}

type AnsweredCase = { answeredAt?: string | null; satisfaction?: string | null }

/** The Beijing date from which a handler may close an unrated answered case without a reason. */
export const closableFrom = (answeredAt: string, calendar: HolidayCalendar, rules: ClockRules): string =>
  addWorkingDays(toBeijingDate(new Date(answeredAt)), rules.ratingWithin, calendar)

/**
 * 办结: the submitter's rating closes the case; a handler closes it once the submitter has rated,
 * or `ratingWithin` working days after the answer, or earlier only with a recorded reason.
 * Returns the refusal, or null when closing is allowed.
 */
export const closingRefusal = (item: AnsweredCase, closeReason: string | null | undefined, now: Date, calendar: HolidayCalendar, rules: ClockRules): string | null => {
  if (item.satisfaction || closeReason?.trim() || !item.answeredAt) return null
  if (toBeijingDate(now) >= closableFrom(item.answeredAt, calendar, rules)) return null
  return `留言人还没有评价。答复满 ${rules.ratingWithin} 个工作日后才能办结;现在就办结,请写明提前办结的理由`
}

/** Whether closing now needs a reason (the close form asks for it only then). */
export const closingNeedsReason = (item: AnsweredCase, now: Date, calendar: HolidayCalendar, rules: ClockRules): boolean =>
  closingRefusal(item, null, now, calendar, rules) !== null

/**
 * What an action's form must hold beyond what the case's own rules check (status.ts): an
 * extension names its working days, a whole number from 1 to the kind's maximum.
 */
export const checkActionInput = (action: CaseAction, input: Record<string, unknown>, rules: ClockRules): Record<string, string> => {
  if (action !== 'extend') return {}
  const days = Number(input.extensionDays)
  if (!Number.isInteger(days) || days < 1 || days > rules.maxExtension) return { extensionDays: `请填写延期的工作日数(1 到 ${rules.maxExtension} 之间的整数)` }
  return {}
}
