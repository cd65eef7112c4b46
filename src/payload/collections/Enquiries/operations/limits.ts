import { RateLimiter } from '../../../enquiries/rateLimit'

const HOUR = 3_600_000

/** "count/seconds" from the environment, e.g. ENQUIRY_RATE_IP=10/3600. */
const limiter = (variable: string, fallback: [number, number]) => {
  const [count, seconds] = (process.env[variable] ?? '').split('/').map(Number)
  return count > 0 && seconds > 0 ? new RateLimiter(count, seconds * 1000) : new RateLimiter(fallback[0], fallback[1])
}

/** One set of limits per server process (the public site runs as one process). */
export const limits = {
  submitPerIp: limiter('ENQUIRY_RATE_IP', [10, HOUR]),
  submitPerPhone: limiter('ENQUIRY_RATE_PHONE', [5, 24 * HOUR]),
  lookupPerIp: limiter('ENQUIRY_RATE_LOOKUP', [30, HOUR / 6]),
}
