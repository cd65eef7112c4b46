/** The public's one way to create a case: checks, storage, attachments and the receipt. */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { payloadSecret } from '../../../env'
import { databaseEnforcesUnique } from '../../../database'
import { readBackOnly } from '../../../selectiveReadBack'
import { isDuplicateValueError, uniquenessCheckedFor } from '../../../fields/uniqueValue'
import { challengeOutcome, readChallenge } from '../../domain/challenge'
import { maskEmail, maskIdCard, maskPhone } from '../../domain/personalData'
import { waitMinutes } from '../../domain/rateLimit'
import {
  ATTACHMENT_LIMITS,
  type AttachmentType,
  checkAttachmentList,
  type FieldErrors,
  sniffAttachmentType,
  SUBMISSION_KEY_PATTERN,
  validateEnquiry,
} from '../../domain/submission'
import { deriveSecret, generateTrackingCode, hashSecret, retrySecret } from '../../domain/tracking'
import { blindIndex, encrypt, hashKey, keyRing } from '../../infrastructure/keys'
import { type KeptFile, pendingAttachments } from '../../infrastructure/pendingAttachments'
import { smsSender } from '../../infrastructure/sms'
import { enquiryKind } from '../../kinds/enquiry'
import { challengeStep, hitStore, limitMessagesFor, limits } from './limits'

/**
 * A submission sent back keeps its files when asked to (`keepFiles`, the form without JavaScript):
 * `kept` lists them, `dropped` counts the new files that could not be kept and must be chosen again.
 */
type KeptFiles = { kept?: KeptFile[]; dropped?: number }

export type SubmitOutcome =
  /** `emailedTo`: the masked address the receipt was sent to, null when none was given. */
  | { status: 200 | 201; trackingCode: string; secret: string; emailedTo: string | null }
  | ({ status: 400; errors: FieldErrors } & KeptFiles)
  | ({ status: 429 | 503; message: string } & KeptFiles)

export const UNAVAILABLE_MESSAGE = '系统暂时无法保存留言,您填写的内容没有丢失,请稍后再提交。如情况紧急,请拨打服务站电话。'

type Raw = Record<string, unknown>

/** Files as they arrived (multipart), before any check. */
export type SubmittedFile = { name: string; size: number; data: Buffer }

const ATTACHMENT_TYPE_ERROR = '附件只能是 JPG、PNG 图片或 PDF 文件,请重新选择'

/**
 * Refused by our uniqueness hook (src/payload/fields/uniqueValue.ts) or by the database's unique
 * index: the SQLite adapter turns the index's refusal into a ValidationError naming the field
 * (its message in the admin's language, 值必须是唯一的); otherwise the driver's own words.
 */
export const isUniqueViolation = (error: unknown, field: 'submissionKey' | 'trackingCode'): boolean => {
  if (isDuplicateValueError(error, field)) return true
  const named = error as { name?: string; data?: { errors?: { path?: string }[] } } | null
  if (named?.name === 'ValidationError' && named.data?.errors?.some((each) => each.path === field)) return true
  const text = `${(error as Error)?.message ?? ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')} ${String((error as { cause?: unknown })?.cause ?? '')}`
  const column = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
  return /unique|duplicate|E11000/i.test(text) && (text.includes(field) || text.includes(column))
}

/**
 * The case a submission key already made, if any. Nearly every submission is new, so a count
 * (one indexed lookup) asks first: a find builds Payload's whole relational query, and that
 * cost the public path 0.6 ms of CPU per submission (bench/enquiries-concurrency.ts).
 */
const findBySubmissionKey = async (payload: Payload, submissionKey: string) => {
  const where = { submissionKey: { equals: submissionKey } }
  if ((await payload.count({ collection: 'enquiries', where })).totalDocs === 0) return undefined
  return (
    await payload.find({
      collection: 'enquiries',
      where,
      select: { trackingCode: true, secretHash: true, contact: { email: true } },
      limit: 1,
      pagination: false,
      depth: 0,
    })
  ).docs[0]
}

/** The receipt goes by e-mail exactly when an address was given (notifySubmitter): say where, masked. */
const emailedTo = (email: string | null | undefined): string | null => (email ? maskEmail(email) : null)

const stationExists = async (payload: Payload, id: string) =>
  (await payload.count({ collection: 'stations', where: { id: { equals: id } }, overrideAccess: false })).totalDocs > 0

type SubmitMeta = {
  ip: string
  files?: SubmittedFile[]
  /** Keep the files of a submission sent back, for the corrected one (the form without JavaScript). */
  keepFiles?: boolean
  /** Ids of kept files the submitter took off the list. */
  removeKept?: readonly string[]
}

/**
 * The public's one way to create a case. Files kept from an earlier try of the same submission
 * (same submission key) are stored with it; when it is sent back and `keepFiles` asks for it,
 * its acceptable new files are kept for the next try.
 */
export const submitEnquiry = async (payload: Payload, raw: Raw, meta: SubmitMeta): Promise<SubmitOutcome> => {
  const key = typeof raw.submissionKey === 'string' && SUBMISSION_KEY_PATTERN.test(raw.submissionKey) ? raw.submissionKey : null
  if (!key || (typeof raw.website === 'string' && raw.website.trim())) return storeEnquiry(payload, raw, meta)
  const pending = pendingAttachments(hashKey())
  if (meta.removeKept?.length) await pending.remove(key, meta.removeKept)
  const earlier = await pending.load(key)
  const files = meta.files ?? []
  const outcome = await storeEnquiry(payload, raw, { ...meta, files: [...earlier, ...files] })
  if ('trackingCode' in outcome) {
    if (earlier.length) await pending.clear(key)
    return outcome
  }
  if (!meta.keepFiles) return outcome
  const acceptable = files.filter((file) => file.size <= ATTACHMENT_LIMITS.maxBytes && sniffAttachmentType(file.data))
  const keeping = acceptable.length && (await limits.keepFilesPerIp.take(meta.ip)) ? acceptable : []
  const kept = await pending.keep(key, keeping, ATTACHMENT_LIMITS.maxFiles)
  return { ...outcome, kept, dropped: files.length - (kept.length - earlier.length) }
}

/**
 * Validates with the shared schema, answers a retry of the same submission with the same code,
 * applies the anti-abuse checks, and stores only what the schema allows: phone and ID-card
 * number encrypted, a digest of the secret.
 */
const storeEnquiry = async (payload: Payload, raw: Raw, meta: SubmitMeta): Promise<SubmitOutcome> => {
  const files = meta.files ?? []
  if (typeof raw.website === 'string' && raw.website.trim()) {
    return { status: 400, errors: { form: '提交未通过校验,请刷新页面后重新填写' } }
  }
  const validated = validateEnquiry(raw)
  const listError = checkAttachmentList(files)
  if (!validated.ok) return { status: 400, errors: { ...validated.errors, ...(listError && { attachments: listError }) } }
  if (listError) return { status: 400, errors: { attachments: listError } }
  const input = validated.data
  // Copies of one submission in flight together (a double tap, a retried request) are taken one
  // at a time in this process, so the second finds the first's case instead of racing it.
  return oneAtATime<SubmitOutcome>(input.submissionKey, async () => {
    try {
      const existing = await findBySubmissionKey(payload, input.submissionKey)
      if (existing) {
        const secret = retrySecret(input.submissionKey, existing.trackingCode, existing.secretHash, hashKey(), keyRing().keys.values())
        return { status: 200, trackingCode: existing.trackingCode, secret, emailedTo: emailedTo(existing.contact?.email) }
      }

      if (input.preferredStation && !(await stationExists(payload, input.preferredStation))) {
        return { status: 400, errors: { preferredStation: '请从列表中选择服务站' } }
      }
      const refused = await admissionRefusal(payload, raw, input.submissionKey, meta.ip, input.phone)
      if (refused) return refused

      const clean: CleanFile[] = []
      for (const [index, file] of files.entries()) {
        const sanitized = await sanitizeAttachment(file.data, index)
        if (!sanitized) return { status: 400, errors: { attachments: ATTACHMENT_TYPE_ERROR } }
        clean.push(sanitized)
      }

      const secret = deriveSecret(input.submissionKey, hashKey())
      for (let attempt = 0; ; attempt += 1) {
        const trackingCode = generateTrackingCode()
        try {
          const created = await payload.create({
            collection: 'enquiries',
            data: {
              kind: input.kind,
              topic: input.topic,
              subject: input.subject,
              body: input.body,
              preferredStation: input.preferredStation,
              contact: {
                name: input.name,
                email: input.email,
                phoneMasked: maskPhone(input.phone),
                phoneSealed: encrypt(input.phone),
                idCardMasked: input.idCard ? maskIdCard(input.idCard.toUpperCase()) : undefined,
                idCardSealed: input.idCard ? encrypt(input.idCard.toUpperCase()) : undefined,
              },
              consent: { privacyAt: new Date().toISOString(), publish: input.publishConsent },
              trackingCode,
              secretHash: hashSecret(trackingCode, secret, hashKey()),
              submissionKey: input.submissionKey,
              status: 'submitted',
            },
            select: { trackingCode: true },
            // …and the database reads back only that (src/payload/selectiveReadBack.ts). The
            // submission key was counted just now, under this key's turn; the tracking code, fresh
            // and random, is left to the unique index where the database enforces it (a clash
            // there is retried below).
            context: {
              ...readBackOnly({ trackingCode: true }),
              ...uniquenessCheckedFor(databaseEnforcesUnique() ? ['submissionKey', 'trackingCode'] : ['submissionKey']),
            },
            depth: 0,
            // A new case is one row, written atomically by one INSERT. Skipping the explicit
            // transaction matters on SQLite: libsql opens a fresh connection after each one.
            disableTransaction: true,
          })
          await storeAttachments(payload, String(created.id), clean)
          void notifySubmitter(payload, { trackingCode, secret, phone: input.phone, email: input.email })
          return { status: 201, trackingCode, secret, emailedTo: emailedTo(input.email) }
        } catch (error) {
          if (isUniqueViolation(error, 'submissionKey')) {
            const winner = await findBySubmissionKey(payload, input.submissionKey)
            if (winner) return { status: 200, trackingCode: winner.trackingCode, secret, emailedTo: emailedTo(winner.contact?.email) }
          }
          if (attempt < 3 && isUniqueViolation(error, 'trackingCode')) continue
          throw error
        }
      }
    } catch (error) {
      payload.logger.error({ err: error, msg: 'enquiry submission could not be stored' })
      return { status: 503, message: UNAVAILABLE_MESSAGE }
    }
  })
}

/**
 * The anti-abuse checks every public submission passes, in this order: the challenge (proof of
 * work, or the written sum without JavaScript), then the rate limits per client address and per
 * phone number. The token's spending and the two counts are one step of the shared store
 * (`takeInTurn`): one transaction, not three. A refused check stops the ones after it, so a
 * wrong answer counts against no limit, and an address over its limit spends nothing of the phone's.
 */
export const admissionRefusal = async (
  payload: Payload,
  raw: Raw,
  submissionKey: string,
  ip: string,
  phone: string,
): Promise<{ status: 400; errors: FieldErrors } | { status: 429; message: string } | null> => {
  const challenge = readChallenge({ token: raw.challenge, pow: raw.pow, answer: raw.answer, submissionKey }, payloadSecret())
  if ('error' in challenge) return { status: 400, errors: { answer: challenge.error } }
  const allowed = await hitStore.takeInTurn([challengeStep(challenge), limits.submitPerIp.step(ip), limits.submitPerPhone.step(blindIndex(phone))])
  if (allowed === 0) return { status: 400, errors: { answer: challengeOutcome(challenge, false)! } }
  if (allowed === 1) {
    const messages = await limitMessagesFor(payload, enquiryKind.answeringDepartment)
    return { status: 429, message: messages.submitPerAddress(waitMinutes(limits.submitPerIp.windowMs)) }
  }
  if (allowed === 2) return { status: 429, message: (await limitMessagesFor(payload, enquiryKind.answeringDepartment)).submitPerPhone() }
  return null
}

const inFlight = new Map<string, Promise<unknown>>()
/** Copies of one submission (same key) are taken one at a time in this process. */
export const oneAtATime = async <T>(key: string, task: () => Promise<T>): Promise<T> => {
  const current = (inFlight.get(key) ?? Promise.resolve()).catch(() => undefined).then(task)
  inFlight.set(key, current)
  try {
    return await current
  } finally {
    if (inFlight.get(key) === current) inFlight.delete(key)
  }
}

/** Attachments belong to a stored case; if one cannot be stored the case is withdrawn, so a retry starts clean. */
const storeAttachments = async (payload: Payload, enquiry: string, files: CleanFile[]) => {
  try {
    for (const file of files) await payload.create({ collection: 'enquiryAttachments', data: { enquiry }, file, depth: 0 })
  } catch (error) {
    await payload.delete({ collection: 'enquiryAttachments', where: { enquiry: { equals: enquiry } } }).catch(() => null)
    await payload.delete({ collection: 'enquiries', id: enquiry }).catch(() => null)
    throw error
  }
}

export type CleanFile = { data: Buffer; mimetype: AttachmentType; name: string; size: number }

const EXTENSIONS: Record<AttachmentType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }

/**
 * Re-encodes images with sharp, which drops EXIF (including GPS) and any other metadata, after
 * turning them upright; PDFs pass as they are once their content says PDF. The stored name is
 * generic: the submitter's file name may itself be personal data. Null when not acceptable.
 */
export const sanitizeAttachment = async (data: Buffer, index: number): Promise<CleanFile | null> => {
  const type = sniffAttachmentType(data)
  if (!type) return null
  let clean = data
  if (type !== 'application/pdf') {
    const image = sharp(data, { failOn: 'error' }).rotate()
    clean = await (type === 'image/png' ? image.png() : image.jpeg({ quality: 85 })).toBuffer().catch(() => null as unknown as Buffer)
    if (!clean) return null
  }
  return { data: clean, mimetype: type, name: `attachment-${index + 1}.${EXTENSIONS[type]}`, size: clean.length }
}

type Receipt = { trackingCode: string; secret: string; phone: string; email?: string }

/**
 * Sends the tracking code and secret to the submitter: by e-mail through Payload's adapter
 * (infrastructure/mail.ts) when they gave an address (the form says it will be used for this), and
 * by SMS through the registered sender (the outbox until one is registered). A failure here
 * never fails the submission: the code is shown on screen anyway.
 */
export const notifySubmitter = async (payload: Payload, receipt: Receipt): Promise<void> => {
  const text = `您的留言已收到。查询码 ${receipt.trackingCode},查询密码 ${receipt.secret}。请妥善保管,可在网站“留言查询”查看办理进度。`
  const sends: Promise<unknown>[] = []
  if (receipt.email) sends.push(payload.sendEmail({ to: receipt.email, subject: '留言已收到', text }))
  sends.push(smsSender().send(receipt.phone, text))
  const results = await Promise.allSettled(sends)
  for (const result of results) {
    if (result.status === 'rejected') payload.logger.warn({ err: result.reason, msg: 'enquiry receipt could not be sent' })
  }
}
