export const ENQUIRY_KINDS = ['question', 'help', 'complaint', 'suggestion'] as const

export type EnquiryKind = (typeof ENQUIRY_KINDS)[number]

export const ENQUIRY_KIND_LABELS: Record<EnquiryKind, string> = {
  question: '咨询',
  help: '求助',
  complaint: '投诉',
  suggestion: '建议',
}

export const ENQUIRY_STATUSES = [
  'submitted',
  'accepted',
  'declined',
  'in_progress',
  'answered',
  'closed',
] as const

export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number]

export const ENQUIRY_STATUS_LABELS: Record<EnquiryStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  declined: '不予受理',
  in_progress: '办理中',
  answered: '已答复',
  closed: '已办结',
}

export const SATISFACTION_LEVELS = ['satisfied', 'basically', 'dissatisfied'] as const

export type Satisfaction = (typeof SATISFACTION_LEVELS)[number]

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically: '基本满意',
  dissatisfied: '不满意',
}

/** Statuses in which the case is still open to the public's eye (counted as not yet answered). */
export const OPEN_ENQUIRY_STATUSES: readonly EnquiryStatus[] = ['submitted', 'accepted', 'in_progress']

/** Who answers when a case was not assigned to a station. */
export const DEFAULT_ANSWERING_DEPARTMENT = '县退役军人事务局'
