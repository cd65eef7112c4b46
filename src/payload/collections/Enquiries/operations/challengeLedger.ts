import type { SpendToken } from '../../../enquiries/challenge'
import { spendOnce } from '../../../enquiries/rateLimit'
import { hitStore } from './hitStore'

/**
 * The challenge tokens already used, in the store every site worker shares, so a token passes
 * once on the whole site whichever worker answers. Entries leave the store when their token
 * expires (the store's expiry cleanup).
 */
export const spendChallenge: SpendToken = (id, expiresAt) => {
  const now = Date.now()
  return hitStore.take(`challenge:${id}`, (times) => spendOnce(times, expiresAt), Math.max(expiresAt - now, 1))
}
