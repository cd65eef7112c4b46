import { RateLimiter } from '../../../enquiries/rateLimit'
import { addressBucket } from '../../../rules/clientAddress'
import { hitStore } from './hitStore'

const HOUR = 3_600_000

/** "count/seconds" from the environment, e.g. ENQUIRY_RATE_IP=10/3600. */
const limiter = (name: string, variable: string, fallback: [number, number]) => {
  const [count, seconds] = (process.env[variable] ?? '').split('/').map(Number)
  const [limit, windowMs] = count > 0 && seconds > 0 ? [count, seconds * 1000] : fallback
  return new RateLimiter(limit, windowMs, Date.now, hitStore, name)
}

/** A limit per client address: an IPv6 client counts as its /64 (rules/clientAddress). */
const perAddress = (limit: RateLimiter) => ({ take: (address: string) => limit.take(addressBucket(address)) })

export const limits = {
  submitPerIp: perAddress(limiter('submitPerIp', 'ENQUIRY_RATE_IP', [10, HOUR])),
  submitPerPhone: limiter('submitPerPhone', 'ENQUIRY_RATE_PHONE', [5, 24 * HOUR]),
  lookupPerIp: perAddress(limiter('lookupPerIp', 'ENQUIRY_RATE_LOOKUP', [30, HOUR / 6])),
}
