import {
  ENQUIRY_KIND_LABELS,
  ENQUIRY_STATUS_LABELS,
  type EnquiryKind,
  type EnquiryStatus,
  type Satisfaction,
  SATISFACTION_LABELS,
} from '../constants/enquiries'
import { POLICY_TOPIC_LABELS } from '../constants/policies'
import { toBeijingDate } from './workingDays'

/**
 * The case fields a staff export may carry: handling facts only. Name, phone, ID card, e-mail,
 * subject, body, reply and attachments are not among them, so they cannot reach a file.
 */
export const EXPORT_FIELDS = [
  'trackingCode',
  'kind',
  'topic',
  'status',
  'station',
  'createdAt',
  'acceptedAt',
  'declinedAt',
  'answeredAt',
  'closedAt',
  'acceptDeadline',
  'answerDeadline',
  'satisfaction',
] as const

export type ExportCase = { [K in (typeof EXPORT_FIELDS)[number]]?: string | null }

export const EXPORT_HEADER = ['查询码', '类别', '事项类别', '办理状态', '受理站点/部门', '提交日期', '受理日期', '答复日期', '办结日期', '是否超期', '满意度'] as const

const later = (at: string | null | undefined, deadline: string | null | undefined, now: Date) =>
  Boolean(deadline) && new Date(at ?? now).getTime() > new Date(deadline!).getTime()

/**
 * Whether the case missed a legal deadline: accepted (or declined) after its accept deadline,
 * answered after its answer deadline, or still open past the one it runs against.
 */
export const missedDeadline = (item: ExportCase, now: Date): boolean => {
  const status = item.status as EnquiryStatus
  const acceptedBy = item.acceptedAt ?? item.declinedAt ?? (status === 'submitted' ? null : undefined)
  if (acceptedBy !== undefined && later(acceptedBy, item.acceptDeadline, now)) return true
  const answeredBy = item.answeredAt ?? (status === 'accepted' || status === 'in_progress' ? null : undefined)
  return answeredBy !== undefined && later(answeredBy, item.answerDeadline, now)
}

const day = (at: string | null | undefined) => (at ? toBeijingDate(new Date(at)) : '')

/** One export row; `stationName` resolves the assigned station's id (empty: the bureau itself). */
export const exportRow = (item: ExportCase, stationName: (id: string) => string, now: Date): string[] => [
  item.trackingCode ?? '',
  ENQUIRY_KIND_LABELS[item.kind as EnquiryKind] ?? '',
  POLICY_TOPIC_LABELS[item.topic as keyof typeof POLICY_TOPIC_LABELS] ?? '',
  ENQUIRY_STATUS_LABELS[item.status as EnquiryStatus] ?? '',
  item.station ? stationName(item.station) : '',
  day(item.createdAt),
  day(item.acceptedAt ?? item.declinedAt),
  day(item.answeredAt),
  day(item.closedAt),
  missedDeadline(item, now) ? '是' : '否',
  SATISFACTION_LABELS[item.satisfaction as Satisfaction] ?? '',
]
