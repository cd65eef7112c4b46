/** The states of a case and the changes between them, the same for every kind of case. */
import { closingRefusal } from './actions'
import { canRequestReview, type ClockRules, type HolidayCalendar } from './clocks'

export const CASE_STATUSES = ['submitted', 'accepted', 'declined', 'in_progress', 'answered', 'closed'] as const

export type CaseStatus = (typeof CASE_STATUSES)[number]

/** Statuses in which the case is still open to the public's eye (counted as not yet answered). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['submitted', 'accepted', 'in_progress']

/** submitted → accepted | declined → in_progress → answered → closed; closed → in_progress on review (复查). */
export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  submitted: ['accepted', 'declined'],
  accepted: ['in_progress'],
  declined: [],
  in_progress: ['answered'],
  answered: ['closed', 'in_progress'],
  closed: ['in_progress'],
}

export const canTransition = (from: CaseStatus, to: CaseStatus): boolean =>
  from === to || TRANSITIONS[from].includes(to)

export type CaseChange = {
  from: CaseStatus
  to: CaseStatus
  declineReason?: string | null
  station?: unknown
  handler?: unknown
  reply?: string | null
  closedAt?: string | null
  reviewReason?: string | null
  extensionDays?: number | null
  extensionReason?: string | null
  previousExtensionDays?: number | null
  answeredAt?: string | null
  satisfaction?: string | null
  closeReason?: string | null
}

/** Field errors that refuse a change of a case; empty when the change is allowed. */
export const checkCaseChange = (change: CaseChange, now: Date, rules: ClockRules, calendar: HolidayCalendar): Record<string, string> => {
  const errors: Record<string, string> = {}
  const { from, to } = change
  if (!canTransition(from, to)) errors.status = `不能从当前状态直接改为该状态`
  if (to === 'declined' && !change.declineReason?.trim()) errors.declineReason = '不予受理必须填写理由'
  if (to === 'in_progress' && !change.station && !change.handler) errors.station = '请转办到一个服务站或部门,或指定办理人'
  if (to === 'answered' && !change.reply?.trim()) errors.reply = '请填写答复内容'
  if (to === 'closed' && from !== 'closed') {
    const refusal = closingRefusal(change, change.closeReason, now, calendar, rules)
    if (refusal) errors.closeReason = refusal
  }
  if (from === 'closed' && to === 'in_progress') {
    if (!canRequestReview(change.closedAt, now, rules)) errors.status = `办结超过 ${rules.reviewWithinDays} 天,不能再申请复查`
    if (!change.reviewReason?.trim()) errors.reviewReason = '复查必须填写申请理由'
  }
  const extension = change.extensionDays ?? 0
  if (extension !== (change.previousExtensionDays ?? 0)) {
    if (change.previousExtensionDays) errors.extensionDays = '办理期限只能延长一次'
    else if (to !== 'accepted' && to !== 'in_progress') errors.extensionDays = '只有受理后、答复前可以延期'
    else if (extension < 0 || extension > rules.maxExtension) errors.extensionDays = `延期最多 ${rules.maxExtension} 个工作日`
    else if (!change.extensionReason?.trim()) errors.extensionReason = '延期必须填写理由'
  }
  return errors
}
