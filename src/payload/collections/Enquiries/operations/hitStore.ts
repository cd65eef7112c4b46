import { type HitStore, MemoryHitStore } from '../../../enquiries/rateLimit'
import { SharedHitStore } from '../../../enquiries/sharedHitStore'

/**
 * Where the public path counts: the site's primary process sets ENQUIRY_RATE_STORE to a file all
 * its workers share, so the rate limits and the spent challenge tokens hold for the whole site;
 * anywhere else (dev server, tests, benches) one process counts alone.
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

export const hitStore = openStore(process.env.ENQUIRY_RATE_STORE)
