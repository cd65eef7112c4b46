/** The submitter's way back to their case with code and secret: what they see, and what they may do. */
import type { Payload } from 'payload'

import { canRequestReview, runningDeadline } from '../../domain/clocks'
import { takeLookup, waitMinutes } from '../../domain/rateLimit'
import type { CaseStatus } from '../../domain/status'
import { normaliseSecret, normaliseTrackingCode, secretMatches, TRACKING_CODE_EXAMPLE } from '../../domain/tracking'
import { hashKey } from '../../infrastructure/keys'
import { enquiryKind, type EnquiryKind, SATISFACTION_LEVELS, type Satisfaction } from '../../kinds/enquiry'
import { limitMessagesFor, limits } from './limits'

/** What the submitter sees with code and secret: status, dates, the reply — never personal data. */
export type PublicCaseView = {
  trackingCode: string
  kind: EnquiryKind
  subject: string
  status: CaseStatus
  submittedAt: string
  acceptedAt: string | null
  declinedAt: string | null
  declineReason: string | null
  answeredAt: string | null
  /**
   * The deadline the case runs against in its state, from the case engine's working-day clocks:
   * 受理期限 while it waits to be accepted, 答复期限 (with any extension) until it is answered.
   */
  deadline: { kind: 'accept' | 'answer'; at: string; extended: boolean } | null
  answeringDepartment: string | null
  reply: string | null
  closedAt: string | null
  satisfaction: Satisfaction | null
  canRate: boolean
  canRequestReview: boolean
}

const deadlineOf = (found: Parameters<typeof runningDeadline>[0] & { extensionDays?: number | null }): PublicCaseView['deadline'] => {
  const at = runningDeadline(found)
  if (!at) return null
  return { kind: found.status === 'submitted' ? 'accept' : 'answer', at, extended: found.status !== 'submitted' && (found.extensionDays ?? 0) > 0 }
}

export type LookupOutcome =
  | { status: 200; view: PublicCaseView; id: string }
  | { status: 400; message: string; field?: 'code' | 'secret' }
  | { status: 404 | 429; message: string }

/**
 * One message whether the code or the secret is wrong: telling "no such code" apart would let
 * anyone find which codes exist. Only what reveals nothing is said separately: a code or secret
 * that cannot be one by its form alone.
 */
const NOT_FOUND = '查询码或查询密码不正确,请核对后重试。'
export const CODE_FORMAT_MESSAGE = `查询码的格式不对。查询码由 10 个字母和数字组成,例如 ${TRACKING_CODE_EXAMPLE};中间的横线可以不输,字母不分大小写。查询码里没有数字 0、1 和字母 O、I、L。`
export const SECRET_FORMAT_MESSAGE = '查询密码的格式不对。查询密码由 8 个字母和数字组成,在提交后的页面上和确认邮件里。'

type Refusal = { status: 400; message: string; field: 'code' | 'secret' } | { status: 429; message: string }

/**
 * The checks every lookup by code and secret passes first, whatever the kind of case: each typed
 * by its form, then the limits per address and per code (one message for either kind's public).
 */
export const checkCredentials = async (
  payload: Payload,
  { code, secret: typedSecret, ip }: { code: unknown; secret: unknown; ip: string },
): Promise<{ trackingCode: string; secret: string } | Refusal> => {
  const trackingCode = normaliseTrackingCode(code)
  if (!trackingCode) return { status: 400, field: 'code', message: CODE_FORMAT_MESSAGE }
  const secret = normaliseSecret(typedSecret)
  if (!/^[0-9A-Z]{8}$/.test(secret)) return { status: 400, field: 'secret', message: SECRET_FORMAT_MESSAGE }
  const held = await takeLookup({ perAddress: limits.lookupPerIp, perCode: limits.lookupPerCode }, ip, trackingCode)
  if (!held) return { trackingCode, secret }
  const messages = await limitMessagesFor(payload, enquiryKind.answeringDepartment)
  return held === 'address'
    ? { status: 429, message: messages.lookupPerAddress(waitMinutes(limits.lookupPerIp.windowMs)) }
    : { status: 429, message: messages.lookupPerCode(waitMinutes(limits.lookupPerCode.windowMs)) }
}

export const lookupEnquiry = async (payload: Payload, credentials: { code: unknown; secret: unknown; ip: string }): Promise<LookupOutcome> => {
  const checked = await checkCredentials(payload, credentials)
  if ('status' in checked) return checked
  const { trackingCode, secret } = checked
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
        acceptDeadline: true,
        answerDeadline: true,
        extensionDays: true,
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
  if (!found || !secretMatches(trackingCode, secret, found.secretHash, hashKey())) return { status: 404, message: NOT_FOUND }
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
      deadline: deadlineOf(found),
      answeringDepartment: shownReply ? (found.answeringDepartment ?? null) : null,
      reply: shownReply ? (found.reply ?? null) : null,
      closedAt: found.closedAt ?? null,
      satisfaction: found.satisfaction ?? null,
      canRate: found.status === 'answered',
      canRequestReview: found.status === 'closed' && canRequestReview(found.closedAt, new Date(), enquiryKind.clocks),
    },
  }
}

export type ActionOutcome = { status: 200 } | { status: 400 | 404 | 429; message: string }

type Credentials = { code: unknown; secret: unknown; ip: string }

/** The submitter rates the reply, which closes the case. */
export const rateAndClose = async (payload: Payload, credentials: Credentials, satisfaction: unknown): Promise<ActionOutcome> => {
  const found = await lookupEnquiry(payload, credentials)
  if (found.status !== 200) return found
  if (!found.view.canRate) return { status: 400, message: '该留言目前不能评价' }
  if (!SATISFACTION_LEVELS.includes(satisfaction as Satisfaction)) return { status: 400, message: '请选择满意度' }
  await payload.update({ collection: 'enquiries', id: found.id, data: { status: 'closed', satisfaction: satisfaction as Satisfaction } })
  return { status: 200 }
}

/** 复查: within 30 days of closing, the submitter asks for the case to be looked at again. */
export const requestReview = async (payload: Payload, credentials: Credentials, reason: unknown): Promise<ActionOutcome> => {
  const found = await lookupEnquiry(payload, credentials)
  if (found.status !== 200) return found
  if (!found.view.canRequestReview) return { status: 400, message: '该留言目前不能申请复查(办结 30 天内可申请)' }
  const text = typeof reason === 'string' ? reason.trim() : ''
  if (text.length < 5 || text.length > 1000) return { status: 400, message: '请用 5 到 1000 字说明申请复查的理由' }
  await payload.update({ collection: 'enquiries', id: found.id, data: { status: 'in_progress', reviewReason: text } })
  return { status: 200 }
}
