/** The public's one way to give an opinion on a consultation (意见征集), with the enquiries' protections. */
import type { Payload } from 'payload'

import { CONSULTATION_SUBMIT_CLOSED, consultationPhase } from '../../../constants/consultations'
import { maskPhone } from '../../domain/personalData'
import { type FieldErrors, validateOpinion } from '../../domain/submission'
import { encrypt } from '../../infrastructure/keys'
import { admissionRefusal, isUniqueViolation, oneAtATime, UNAVAILABLE_MESSAGE } from './submit'

export type OpinionOutcome =
  /** 200: a retry of an opinion already stored (same submission key); nothing is stored twice. */
  | { status: 200 | 201 }
  | { status: 400; errors: FieldErrors }
  /** 403: the consultation is not open (before or after its period). */
  | { status: 403 | 429 | 503; message: string }

const alreadyStored = async (payload: Payload, submissionKey: string) =>
  (await payload.count({ collection: 'consultationOpinions', where: { submissionKey: { equals: submissionKey } } })).totalDocs > 0

/**
 * Validates with the shared schema, accepts only while the published consultation is open (its
 * period, in Beijing days), passes the same challenge and rate limits as an enquiry, and stores
 * the phone number encrypted (shown to staff masked).
 */
export const submitOpinion = async (payload: Payload, raw: Record<string, unknown>, meta: { ip: string; now?: Date }): Promise<OpinionOutcome> => {
  if (typeof raw.website === 'string' && raw.website.trim()) return { status: 400, errors: { form: '提交未通过校验,请刷新页面后重新填写' } }
  const validated = validateOpinion(raw)
  if (!validated.ok) return { status: 400, errors: validated.errors }
  const input = validated.data
  return oneAtATime<OpinionOutcome>(input.submissionKey, async () => {
    try {
      if (await alreadyStored(payload, input.submissionKey)) return { status: 200 }
      const consultation = (
        await payload.find({
          collection: 'consultations',
          where: { id: { equals: input.consultation } },
          select: { opensAt: true, closesAt: true },
          overrideAccess: false,
          draft: false,
          limit: 1,
          depth: 0,
        })
      ).docs[0]
      if (!consultation) return { status: 400, errors: { form: '找不到这项意见征集,请从意见征集页面提交' } }
      if (consultationPhase(consultation, meta.now) !== 'open') return { status: 403, message: CONSULTATION_SUBMIT_CLOSED }
      const refused = await admissionRefusal(payload, raw, input.submissionKey, meta.ip, input.phone)
      if (refused) return refused
      await payload.create({
        collection: 'consultationOpinions',
        data: {
          consultation: input.consultation,
          body: input.body,
          contact: { name: input.name, phoneMasked: maskPhone(input.phone), phoneSealed: encrypt(input.phone) },
          submissionKey: input.submissionKey,
        },
        depth: 0,
        disableTransaction: true,
      })
      return { status: 201 }
    } catch (error) {
      if (isUniqueViolation(error, 'submissionKey')) return { status: 200 }
      payload.logger.error({ err: error, msg: 'opinion could not be stored' })
      return { status: 503, message: UNAVAILABLE_MESSAGE }
    }
  })
}
