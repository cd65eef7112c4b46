import { type SpendToken, spendToken } from '../../../enquiries/challenge'
import { hitStore } from './hitStore'

/**
 * The challenge tokens already used, in the store every site worker shares, so a token passes
 * for one submission on the whole site whichever worker answers. Entries leave the store when
 * their token expires (the store's expiry cleanup).
 */
export const spendChallenge: SpendToken = (id, expiresAt, holder) =>
  hitStore.take(`challenge:${id}`, (used) => spendToken(used, expiresAt, holder), Math.max(expiresAt - Date.now(), 1))
