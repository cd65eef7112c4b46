/**
 * The public site's only door to enquiries: the narrow server-side path of the case engine
 * (src/payload/cases, services/). Writes take only what the shared schema
 * allows; reads select only what a page shows. No personal data comes back out.
 */
import { randomUUID } from 'node:crypto'

import {
  ATTACHMENT_LIMITS,
  enquiryStatistics,
  findPublishedAnswer,
  formToSubmission,
  issueChallenge,
  listPublishedAnswers,
  publishedAnswersByIds as answersByIds,
  publishedAnswerVersions as answerVersions,
  lookupEnquiry,
  normaliseTrackingCode,
  rateAndClose,
  requestReview,
  submitEnquiry,
  type FieldErrors,
  type SubmitOutcome,
  type SubmittedFile,
  UNAVAILABLE_MESSAGE,
} from '../../payload/cases'
import { payloadSecret } from '../../payload/env'
import { clientAddress } from '../../payload/rules/clientAddress'
import { asPublic } from './content/publicRead'
import { payload } from './payload'

export type { PublicCaseView, PublishedAnswer, SubmitOutcome } from '../../payload/cases'

/** Larger bodies are refused before they are read: text fields, and up to three 5 MB files. */
export const MAX_FIELDS_BYTES = 64 * 1024
export const MAX_MULTIPART_BYTES = ATTACHMENT_LIMITS.maxFiles * ATTACHMENT_LIMITS.maxBytes + MAX_FIELDS_BYTES

export { normaliseTrackingCode, UNAVAILABLE_MESSAGE }

/** The client address; X-Forwarded-For only when a proxy in front is trusted (TRUST_PROXY=1, see rules/clientAddress). */
export const clientIp = (request: Request, socketAddress: string): string =>
  clientAddress(request.headers.get('x-forwarded-for'), socketAddress, process.env.TRUST_PROXY === '1')

/** The request body, or null when it is larger than `limit` (whatever Content-Length claims). */
export const readBody = async (request: Request, limit = MAX_FIELDS_BYTES): Promise<Buffer | null> => {
  if (Number(request.headers.get('content-length') ?? 0) > limit || !request.body) return null
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

export type ParsedSubmission =
  | { ok: true; raw: Record<string, unknown>; form: Record<string, string>; files: SubmittedFile[]; removeKept: string[] }
  | { ok: false; status: 400 | 413 | 415; message: string }

const TOO_LARGE = '提交的内容过大:留言内容请精简,附件最多 3 个、每个不超过 5 MB。'

/**
 * A submission as JSON (API clients), urlencoded (the form without JavaScript) or multipart
 * (the form with attachments, with or without JavaScript), read within the size limits.
 */
export const parseSubmission = async (request: Request): Promise<ParsedSubmission> => {
  const type = request.headers.get('content-type') ?? ''
  const multipart = type.startsWith('multipart/form-data')
  if (!multipart && !type.startsWith('application/json') && !type.startsWith('application/x-www-form-urlencoded')) {
    return { ok: false, status: 415, message: '提交的内容无法识别,请刷新页面后重试' }
  }
  const body = await readBody(request, multipart ? MAX_MULTIPART_BYTES : MAX_FIELDS_BYTES)
  if (!body) return { ok: false, status: 413, message: TOO_LARGE }
  if (type.startsWith('application/json')) {
    const raw = (() => {
      try {
        return JSON.parse(body.toString('utf8')) as unknown
      } catch {
        return null
      }
    })()
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, status: 400, message: '提交的内容无法识别,请刷新页面后重试' }
    return { ok: true, raw: raw as Record<string, unknown>, form: {}, files: [], removeKept: [] }
  }
  const entries = multipart
    ? [...(await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData().catch(() => new FormData())).entries()]
    : [...new URLSearchParams(body.toString('utf8')).entries()]
  const form: Record<string, string> = {}
  const files: SubmittedFile[] = []
  const removeKept: string[] = []
  for (const [name, value] of entries) {
    if (name === 'removeAttachment' && typeof value === 'string') removeKept.push(value)
    else if (typeof value === 'string') form[name] = value
    else if (name === 'attachments' && value.size > 0) files.push({ name: value.name, size: value.size, data: Buffer.from(await value.arrayBuffer()) })
  }
  return { ok: true, raw: formToSubmission(form), form, files, removeKept }
}

/** What a form page shows after a post without JavaScript: the values sent back, the outcome, its field errors and message. */
export type FormPost<O> = { status: number; values?: Record<string, string>; outcome?: O; errors: FieldErrors; message?: string }

/**
 * A form page's own post (留言 and 意见征集 alike): read within the limits, handed to `submit`,
 * and answered with what the page shows next. A fresh submission key when the form sent none.
 */
export const answerFormPost = async <O extends { status: number; errors?: FieldErrors; message?: string }>(
  request: Request,
  submit: (parsed: Extract<ParsedSubmission, { ok: true }>) => Promise<O>,
): Promise<FormPost<O>> => {
  const parsed = await parseSubmission(request)
  if (!parsed.ok) return { status: parsed.status, errors: {}, message: parsed.message }
  const outcome = await submit(parsed)
  return {
    status: outcome.status,
    values: { ...parsed.form, submissionKey: parsed.form.submissionKey || newSubmissionKey() },
    outcome,
    errors: outcome.status === 400 ? (outcome.errors ?? {}) : {},
    message: outcome.message,
  }
}

export const newChallenge = () => issueChallenge(payloadSecret())

export const newSubmissionKey = (): string => randomUUID()

const withPayload =
  <A extends unknown[], R>(operation: (instance: Awaited<ReturnType<typeof payload>>, ...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> =>
    operation(await payload(), ...args)

/** Payload failing to start (database unreachable) is the same 503 as a failed write. */
export const submit = async (
  raw: Record<string, unknown>,
  ip: string,
  files: SubmittedFile[] = [],
  options: { keepFiles?: boolean; removeKept?: string[] } = {},
): Promise<SubmitOutcome> => {
  const instance = await payload().catch(() => null)
  if (!instance) return { status: 503 as const, message: UNAVAILABLE_MESSAGE }
  return submitEnquiry(instance, raw, { ip, files, ...options })
}

export const lookup = withPayload(lookupEnquiry)
export const rate = withPayload(rateAndClose)
export const review = withPayload(requestReview)
export const publishedAnswers = withPayload(listPublishedAnswers)
export const publishedAnswer = withPayload(findPublishedAnswer)
/** 留言选登 for the search index: ids and versions, and the answers by id. */
export const publishedAnswerVersions = withPayload(answerVersions)
export const publishedAnswersByIds = withPayload(answersByIds)
export const statistics = withPayload(enquiryStatistics)

/** Stations the public may pick as the preferred one (published only). */
export const stationChoices = async (): Promise<{ id: string; name: string }[]> =>
  (
    await (
      await payload()
    ).find({
      collection: 'stations',
      ...asPublic,
      select: { name: true, level: true },
      sort: 'name',
      pagination: false,
      depth: 0,
    })
  ).docs.map((station) => ({ id: String(station.id), name: station.name }))
