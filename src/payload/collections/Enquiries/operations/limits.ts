import { type HitStore, MemoryHitStore, RateLimiter } from '../../../enquiries/rateLimit'
import { SharedHitStore } from '../../../enquiries/sharedHitStore'

const HOUR = 3_600_000

/**
 * The site's primary process sets ENQUIRY_RATE_STORE to a file all its workers share, so the
 * limits hold for the whole site; anywhere else (dev server, tests, benches) one process counts alone.
 */
const openStore = (file: string | undefined): HitStore => {
  if (!file) return new MemoryHitStore()
  try {
    return new SharedHitStore(file)
  } catch (error) {
    console.error(`[rate limit] cannot open ${file}, counting in this process: ${(error as Error).message}`)
    return new MemoryHitStore()
  }
}

const store = openStore(process.env.ENQUIRY_RATE_STORE)

/** "count/seconds" from the environment, e.g. ENQUIRY_RATE_IP=10/3600. */
const limiter = (name: string, variable: string, fallback: [number, number]) => {
  const [count, seconds] = (process.env[variable] ?? '').split('/').map(Number)
  const [limit, windowMs] = count > 0 && seconds > 0 ? [count, seconds * 1000] : fallback
  return new RateLimiter(limit, windowMs, Date.now, store, name)
}

export const limits = {
  submitPerIp: limiter('submitPerIp', 'ENQUIRY_RATE_IP', [10, HOUR]),
  submitPerPhone: limiter('submitPerPhone', 'ENQUIRY_RATE_PHONE', [5, 24 * HOUR]),
  lookupPerIp: limiter('lookupPerIp', 'ENQUIRY_RATE_LOOKUP', [30, HOUR / 6]),
}
