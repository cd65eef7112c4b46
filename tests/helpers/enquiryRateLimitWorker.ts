/**
 * One process of the cross-process rate limit test: opens the shared store, waits for "go",
 * makes its attempts on one key as fast as it can and reports how many were allowed.
 */
import { RateLimiter } from '../../src/payload/cases/domain/rateLimit'
import { SharedHitStore } from '../../src/payload/cases/infrastructure/hitStore'

const [file, limit, attempts] = process.argv.slice(2)
const limiter = new RateLimiter(Number(limit), 60_000, Date.now, new SharedHitStore(file), 'submitPerIp')

process.on('message', async () => {
  let allowed = 0
  const started = performance.now()
  for (let index = 0; index < Number(attempts); index += 1) if (await limiter.take('203.0.113.7')) allowed += 1
  process.send!({ allowed, ms: performance.now() - started }, () => process.exit(0))
})
process.send!('ready')
