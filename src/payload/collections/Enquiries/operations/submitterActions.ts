import type { Payload } from 'payload'

import { SATISFACTION_LEVELS, type Satisfaction } from '../../../constants/enquiries'
import { lookupEnquiry } from './lookupEnquiry'

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
