/**
 * The public path's counters: the rate limits of submissions and lookups, and the challenge
 * tokens already spent, in one hit store (opened when this module loads).
 */
import type { Payload } from 'payload'

import { addressBucket } from '../../../rules/clientAddress'
import { type ReadChallenge, spendToken } from '../../domain/challenge'
import { DEFAULT_LIMITS, type HitStep, type HitStore, limitMessages, MemoryHitStore, RateLimiter } from '../../domain/rateLimit'
import { databaseUri } from '../../../env'
import { DATABASE_HIT_STORE, DatabaseHitStore, SharedHitStore } from '../../infrastructure/hitStore'

/**
 * Where the public path counts: the site's primary process sets ENQUIRY_RATE_STORE to a file all
 * its workers share (SQLite: every site process on this machine's data folder), or to the
 * database (MongoDB: site hosts on several machines), so the rate limits and the spent challenge
 * tokens hold for the whole site; anywhere else (dev server, tests, benches) one process counts alone.
 */
const openStore = (file: string | undefined): HitStore => {
  if (!file) return new MemoryHitStore()
  if (file === DATABASE_HIT_STORE) return new DatabaseHitStore(databaseUri())
  try {
    return new SharedHitStore(file)
  } catch (error) {
    console.error(`[rate limit] cannot open ${file}, counting in this process: ${(error as Error).message}`)
    return new MemoryHitStore()
  }
}

export const hitStore = openStore(process.env.ENQUIRY_RATE_STORE)

/** "count/seconds" from the environment (e.g. ENQUIRY_RATE_IP=30/3600), else the rule's default. */
const limiter = (name: keyof typeof DEFAULT_LIMITS, variable: string) => {
  const [count, seconds] = (process.env[variable] ?? '').split('/').map(Number)
  const { limit, windowMs } = count > 0 && seconds > 0 ? { limit: count, windowMs: seconds * 1000 } : DEFAULT_LIMITS[name]
  return new RateLimiter(limit, windowMs, Date.now, hitStore, name)
}

/** A limit per client address: an IPv6 client counts as its /64 (rules/clientAddress). */
const perAddress = (limit: RateLimiter) => ({
  windowMs: limit.windowMs,
  take: (address: string) => limit.take(addressBucket(address)),
  step: (address: string) => limit.step(addressBucket(address)),
})

export const limits = {
  submitPerIp: perAddress(limiter('submitPerIp', 'ENQUIRY_RATE_IP')),
  submitPerPhone: limiter('submitPerPhone', 'ENQUIRY_RATE_PHONE'),
  lookupPerIp: perAddress(limiter('lookupPerIp', 'ENQUIRY_RATE_LOOKUP')),
  lookupPerCode: limiter('lookupPerCode', 'ENQUIRY_RATE_LOOKUP_CODE'),
  /** Submissions sent back whose files are kept for the next try: bounds the disk one address can fill. */
  keepFilesPerIp: perAddress(limiter('keepFilesPerIp', 'ENQUIRY_RATE_KEEP_FILES')),
}

/** What a held-up person is told, with the phone number from 网站设置 when there is one. */
export const limitMessagesFor = async (payload: Payload, office: string) => {
  const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0 }).catch(() => null)
  return limitMessages(office, settings?.phone)
}

/**
 * Spending a challenge's token, as a step taken with the rate limits in one go: the tokens
 * already used are in the store every site worker shares, so a token passes for one submission
 * on the whole site whichever worker answers. Entries leave the store when their token expires
 * (the store's expiry cleanup).
 */
export const challengeStep = ({ id, expiresAt, holder }: Pick<ReadChallenge, 'id' | 'expiresAt' | 'holder'>): HitStep => ({
  key: `challenge:${id}`,
  decide: (used) => spendToken(used, expiresAt, holder),
  keepMs: Math.max(expiresAt - Date.now(), 1),
})
