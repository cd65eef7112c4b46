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
