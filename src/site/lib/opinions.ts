/** The public site's door to 意见征集 opinions: the case engine's submission service, no personal data back out. */
import { type OpinionOutcome, submitOpinion } from '../../payload/cases'
import { UNAVAILABLE_MESSAGE } from './enquiries'
import { payload } from './payload'

export type { OpinionOutcome }

/** Payload failing to start (database unreachable) is the same 503 as a failed write. */
export const submitOpinionFromSite = async (raw: Record<string, unknown>, ip: string): Promise<OpinionOutcome> => {
  const instance = await payload().catch(() => null)
  if (!instance) return { status: 503, message: UNAVAILABLE_MESSAGE }
  return submitOpinion(instance, raw, { ip })
}
