/** The public site's door to 依申请公开: the case engine's submission and lookup, no personal data back out. */
import { type FoiLookupOutcome, type FoiSubmitOutcome, lookupFoiRequest, submitFoiRequest } from '../../payload/cases'
import { UNAVAILABLE_MESSAGE } from './enquiries'
import { payload } from './payload'

export type { FoiLookupOutcome, FoiPublicView, FoiSubmitOutcome } from '../../payload/cases'

/** Payload failing to start (database unreachable) is the same 503 as a failed write. */
export const submitFoiFromSite = async (raw: Record<string, unknown>, ip: string): Promise<FoiSubmitOutcome> => {
  const instance = await payload().catch(() => null)
  if (!instance) return { status: 503, message: UNAVAILABLE_MESSAGE }
  return submitFoiRequest(instance, raw, { ip })
}

export const lookupFoiFromSite = async (credentials: { code: unknown; secret: unknown; ip: string }): Promise<FoiLookupOutcome | { status: 503; message: string }> => {
  const instance = await payload().catch(() => null)
  if (!instance) return { status: 503, message: UNAVAILABLE_MESSAGE }
  return lookupFoiRequest(instance, credentials)
}
