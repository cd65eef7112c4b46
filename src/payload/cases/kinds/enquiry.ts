/**
 * 留言咨询, the first kind of case: what is particular to enquiries. Everything else is the case
 * engine's (src/payload/cases). Pure data: the form island loads it in the browser.
 */
import { POLICY_TOPIC_LABELS } from '../../constants/policies'
import type { CaseStatus } from '../domain/status'
import type { CaseKind } from './caseKind'

export const ENQUIRY_KINDS = ['question', 'help', 'complaint', 'suggestion'] as const

export type EnquiryKind = (typeof ENQUIRY_KINDS)[number]

export const ENQUIRY_KIND_LABELS: Record<EnquiryKind, string> = {
  question: '咨询',
  help: '求助',
  complaint: '投诉',
  suggestion: '建议',
}

export const ENQUIRY_STATUS_LABELS: Record<CaseStatus, string> = {
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

export const enquiryKind = {
  slug: 'enquiries',
  labels: { singular: '留言咨询', plural: '留言咨询' },
  group: '留言办理',
  categories: ENQUIRY_KIND_LABELS,
  topics: POLICY_TOPIC_LABELS,
  statusLabels: ENQUIRY_STATUS_LABELS,
  satisfactionLabels: SATISFACTION_LABELS,
  /** The legal clocks, in working days. */
  clocks: {
    acceptWithin: 15,
    answerWithin: 60,
    maxExtension: 30,
    dueSoonWithin: 3,
    ratingWithin: 5,
    reviewWithinDays: 30,
  },
  answeringDepartment: '县退役军人事务局',
} as const satisfies CaseKind
