import type { Payload } from 'payload'

import type { EnquiryKind, EnquiryStatus, Satisfaction } from '../../../constants/enquiries'
import { canRequestReview } from '../../../enquiries/clocks'
import { secretMatches } from '../../../enquiries/trackingSecret'
import { isTrackingCode } from '../../../rules/trackingCode'
import { limits } from './limits'

/** What the submitter sees with code and secret: status, dates, the reply — never personal data. */
export type PublicCaseView = {
  trackingCode: string
  kind: EnquiryKind
  subject: string
  status: EnquiryStatus
  submittedAt: string
  acceptedAt: string | null
  declinedAt: string | null
  declineReason: string | null
  answeredAt: string | null
  answerDeadline: string | null
  answeringDepartment: string | null
  reply: string | null
  closedAt: string | null
  satisfaction: Satisfaction | null
  canRate: boolean
  canRequestReview: boolean
}

export type LookupOutcome =
  | { status: 200; view: PublicCaseView; id: string }
  | { status: 400 | 404 | 429; message: string }

const NOT_FOUND = '查询码或查询密码不正确,请核对后重试(查询码形如 K7Q2M-9XR4D)'

export const lookupEnquiry = async (
  payload: Payload,
  { code, secret, ip }: { code: unknown; secret: unknown; ip: string },
): Promise<LookupOutcome> => {
  const trackingCode = typeof code === 'string' ? code.trim().toUpperCase() : ''
  if (!isTrackingCode(trackingCode) || typeof secret !== 'string' || secret.length > 20) {
    return { status: 400, message: NOT_FOUND }
  }
  if (!limits.lookupPerIp.take(ip)) return { status: 429, message: '查询过于频繁,请十分钟后再试' }
  const found = (
    await payload.find({
      collection: 'enquiries',
      where: { trackingCode: { equals: trackingCode } },
      select: {
        trackingCode: true,
        kind: true,
        subject: true,
        status: true,
        createdAt: true,
        acceptedAt: true,
        declinedAt: true,
        declineReason: true,
        answeredAt: true,
        answerDeadline: true,
        answeringDepartment: true,
        reply: true,
        closedAt: true,
        satisfaction: true,
        secretHash: true,
      },
      limit: 1,
      pagination: false,
      depth: 0,
    })
  ).docs[0]
  if (!found || !secretMatches(trackingCode, secret, found.secretHash)) return { status: 404, message: NOT_FOUND }
  const shownReply = found.status === 'answered' || found.status === 'closed'
  return {
    status: 200,
    id: String(found.id),
    view: {
      trackingCode,
      kind: found.kind,
      subject: found.subject,
      status: found.status,
      submittedAt: found.createdAt,
      acceptedAt: found.acceptedAt ?? null,
      declinedAt: found.declinedAt ?? null,
      declineReason: found.status === 'declined' ? (found.declineReason ?? null) : null,
      answeredAt: shownReply ? (found.answeredAt ?? null) : null,
      answerDeadline: found.answerDeadline ?? null,
      answeringDepartment: shownReply ? (found.answeringDepartment ?? null) : null,
      reply: shownReply ? (found.reply ?? null) : null,
      closedAt: found.closedAt ?? null,
      satisfaction: found.satisfaction ?? null,
      canRate: found.status === 'answered',
      canRequestReview: found.status === 'closed' && canRequestReview(found.closedAt, new Date()),
    },
  }
}
