/**
 * The public's path to 依申请公开: submitting a request with the enquiries' protections (challenge,
 * rate limits, one request per submission key, personal data sealed), and following it with code
 * and secret to its 告知书. No personal data comes back out: the applicant is "申请人" here.
 */
import type { Payload, PayloadRequest } from 'payload'

import { toBeijingDate } from '../../domain/clocks'
import { type FoiNotice, foiNotice } from '../../domain/foiAnswer'
import { type FoiTable, foiStatistics } from '../../domain/foiStatistics'
import { maskIdCard, maskPhone } from '../../domain/personalData'
import { type FieldErrors, validateFoiRequest } from '../../domain/submission'
import { deriveSecret, generateTrackingCode, hashSecret, normaliseSecret, retrySecret, secretMatches } from '../../domain/tracking'
import { encrypt, hashKey, keyRing } from '../../infrastructure/keys'
import { enquiryKind } from '../../kinds/enquiry'
import { FOI_ANSWER_TYPES, type FoiAnswerType } from '../../kinds/foiRequest'
import { FOI_EVENT_LABELS, FOI_STATUS_LABELS, type FoiEventRow, type FoiStatus, foiAnswerOf } from '../foiRules'
import { checkCredentials } from './lookup'
import { admissionRefusal, isUniqueViolation, oneAtATime, UNAVAILABLE_MESSAGE } from './submit'

export type FoiSubmitOutcome =
  | { status: 200 | 201; trackingCode: string; secret: string }
  | { status: 400; errors: FieldErrors }
  | { status: 429 | 503; message: string }

/** The organ that answers (the bureau), named on every 告知书. */
export const FOI_ORGAN = enquiryKind.answeringDepartment

/** A document number shown masked: an ID card as enquiries show it, any other keeps its first and last two characters. */
const maskDocument = (idType: string, number: string) =>
  idType === 'idCard' ? maskIdCard(number) : idType === 'creditCode' ? number : `${number.slice(0, 2)}${'*'.repeat(Math.max(number.length - 4, 1))}${number.slice(-2)}`

const findByKey = async (payload: Payload, submissionKey: string) =>
  (
    await payload.find({
      collection: 'foiRequests',
      where: { submissionKey: { equals: submissionKey } },
      select: { trackingCode: true, secretHash: true },
      limit: 1,
      pagination: false,
      depth: 0,
    })
  ).docs[0]

export const submitFoiRequest = async (payload: Payload, raw: Record<string, unknown>, meta: { ip: string }): Promise<FoiSubmitOutcome> => {
  if (typeof raw.website === 'string' && raw.website.trim()) return { status: 400, errors: { form: '提交未通过校验,请刷新页面后重新填写' } }
  const validated = validateFoiRequest(raw)
  if (!validated.ok) return { status: 400, errors: validated.errors }
  const input = validated.data
  return oneAtATime<FoiSubmitOutcome>(input.submissionKey, async () => {
    try {
      const existing = await findByKey(payload, input.submissionKey)
      if (existing) {
        return { status: 200, trackingCode: existing.trackingCode, secret: retrySecret(input.submissionKey, existing.trackingCode, existing.secretHash, hashKey(), keyRing().keys.values()) }
      }
      const refused = await admissionRefusal(payload, raw, input.submissionKey, meta.ip, input.phone)
      if (refused) return refused
      const secret = deriveSecret(input.submissionKey, hashKey())
      for (let attempt = 0; ; attempt += 1) {
        const trackingCode = generateTrackingCode()
        try {
          await payload.create({
            collection: 'foiRequests',
            data: {
              applicant: {
                type: input.applicantType,
                name: input.name,
                idType: input.idType,
                idNumberMasked: maskDocument(input.idType, input.idNumber),
                idNumberSealed: encrypt(input.idNumber),
                phoneMasked: maskPhone(input.phone),
                phoneSealed: encrypt(input.phone),
                email: input.email,
                address: input.address,
              },
              description: input.description,
              purpose: input.purpose,
              delivery: input.delivery,
              trackingCode,
              secretHash: hashSecret(trackingCode, secret, hashKey()),
              submissionKey: input.submissionKey,
            },
            depth: 0,
            disableTransaction: true,
          })
          return { status: 201, trackingCode, secret }
        } catch (error) {
          if (isUniqueViolation(error, 'submissionKey')) {
            const winner = await findByKey(payload, input.submissionKey)
            if (winner) return { status: 200, trackingCode: winner.trackingCode, secret }
          }
          if (attempt < 3 && isUniqueViolation(error, 'trackingCode')) continue
          throw error
        }
      }
    } catch (error) {
      payload.logger.error({ err: error, msg: 'information request could not be stored' })
      return { status: 503, message: UNAVAILABLE_MESSAGE }
    }
  })
}

/** What the applicant sees with code and secret: where the request stands, its clock, what to clarify, the answer. */
export type FoiPublicView = {
  trackingCode: string
  status: FoiStatus
  statusLabel: string
  receivedOn: string
  countsFrom: string
  dueOn: string | null
  clarificationRequest: string | null
  extension: { days: number; reason: string } | null
  steps: { label: string; on: string }[]
  answer: { type: FoiAnswerType; label: string; on: string; notice: FoiNotice } | null
}

export type FoiLookupOutcome =
  | { status: 200; view: FoiPublicView }
  | { status: 400; message: string; field: 'code' | 'secret' }
  | { status: 404 | 429; message: string }

const NOT_FOUND = '查询码或查询密码不正确,请核对后重试。'
/** The steps as the applicant reads them: the handler's labels, with what two of them do to the clock. */
const STEP_LABELS: Record<FoiEventRow['type'], string> = {
  ...FOI_EVENT_LABELS,
  clarificationReceived: `${FOI_EVENT_LABELS.clarificationReceived},期限重新计算`,
  consultationStarted: `${FOI_EVENT_LABELS.consultationStarted}(期间不计入期限)`,
}

/** The subject a 告知书 names: the start of what was asked for. */
const subjectOf = (description: string) => (description.length > 40 ? `${description.slice(0, 40)}…` : description)

type AnsweredRequest = { trackingCode: string; receivedOn?: string | null; answeredOn?: string | null; description: string; answer?: Parameters<typeof foiAnswerOf>[0] }

/** An answered request's 告知书, addressed to `applicant` and signed by the site's 主办单位 (网站设置), the bureau's own name. */
export const noticeOf = async (payload: Payload, request: AnsweredRequest, applicant: string): Promise<FoiNotice> => {
  const organ = (await payload.findGlobal({ slug: 'siteSettings', depth: 0 }).catch(() => null))?.host ?? FOI_ORGAN
  const answeredOn = request.answeredOn ?? toBeijingDate(new Date())
  return foiNotice(foiAnswerOf(request.answer), { applicant, receivedOn: request.receivedOn ?? '', subject: subjectOf(request.description), trackingCode: request.trackingCode }, answeredOn, organ)
}

export const lookupFoiRequest = async (payload: Payload, credentials: { code: unknown; secret: unknown; ip: string }): Promise<FoiLookupOutcome> => {
  const checked = await checkCredentials(payload, credentials)
  if ('status' in checked) return checked
  const { trackingCode, secret } = checked
  const found = (
    await payload.find({
      collection: 'foiRequests',
      where: { trackingCode: { equals: trackingCode } },
      select: { trackingCode: true, status: true, receivedOn: true, countsFrom: true, dueOn: true, answeredOn: true, clarificationRequest: true, events: true, answer: true, description: true, secretHash: true },
      limit: 1,
      pagination: false,
      depth: 0,
    })
  ).docs[0]
  if (!found || !secretMatches(trackingCode, secret, found.secretHash, hashKey())) return { status: 404, message: NOT_FOUND }
  const rows = (found.events ?? []) as FoiEventRow[]
  const extended = rows.find((row) => row.type === 'extended')
  const status = (found.status ?? 'running') as FoiStatus
  const answer = foiAnswerOf(found.answer)
  const type = answer.type as FoiAnswerType
  return {
    status: 200,
    view: {
      trackingCode,
      status,
      statusLabel: FOI_STATUS_LABELS[status],
      receivedOn: found.receivedOn ?? '',
      countsFrom: found.countsFrom ?? found.receivedOn ?? '',
      dueOn: found.dueOn ?? null,
      clarificationRequest: found.clarificationRequest ?? null,
      extension: extended ? { days: Number(extended.days ?? 0), reason: extended.reason ?? '' } : null,
      steps: rows.map((row) => ({ label: STEP_LABELS[row.type], on: row.on })),
      // The public's copy names no one: whoever holds the code and secret reads "申请人".
      answer: status === 'answered' && type in FOI_ANSWER_TYPES ? { type, label: FOI_ANSWER_TYPES[type].label, on: found.answeredOn ?? '', notice: await noticeOf(payload, found, '申请人') } : null,
    },
  }
}

/** A request with its history, as the demo content (or a move from paper records) holds it: stored with its secret's digest, the clock worked out from its events. */
export type RecordedFoiRequest = {
  trackingCode: string
  secret: string
  applicant: { type: string; name: string; idType?: string; idNumberMasked?: string; phoneMasked?: string; email?: string; address?: string }
  description: string
  purpose?: string
  delivery: string
  events: FoiEventRow[]
  answer?: Record<string, string>
}

export const recordFoiRequest = async (payload: Payload, { secret, ...request }: RecordedFoiRequest): Promise<void> => {
  await payload.create({
    collection: 'foiRequests',
    data: { ...request, secretHash: hashSecret(request.trackingCode, normaliseSecret(secret), hashKey()) } as never,
    depth: 0,
    context: { seeding: true },
  })
}

/**
 * Table 三 of the annual report for `year`, from every request (counts only: no applicant is
 * named). Read without access control: the table is an aggregate an editor may publish.
 */
export const foiYearTable = async (payload: Payload, year: number, req?: PayloadRequest): Promise<FoiTable> => {
  const { docs } = await payload.find({
    collection: 'foiRequests',
    select: { applicant: { type: true }, receivedOn: true, answeredOn: true, answer: { type: true, reasonChoice: true } },
    pagination: false,
    depth: 0,
    req,
  })
  return foiStatistics(
    docs.map((doc) => {
      const answer = foiAnswerOf(doc.answer)
      return { applicantType: doc.applicant.type, receivedOn: doc.receivedOn ?? '', answeredOn: doc.answeredOn, answerType: answer.type as FoiAnswerType | null, reason: answer.reason }
    }),
    year,
  )
}
