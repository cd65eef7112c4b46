import type { APIRoute } from 'astro'

import { dataDir } from '../../payload/env'
import { healthResponse, probeCalendar, probeDatabase, probeDisk, probeJobs, readiness } from '../../payload/health'
import { payload } from '../lib/payload'

/** The renderer's part of the site's /readyz (the front server adds the workers; src/payload/health). */
export const GET: APIRoute = async () => {
  const instance = await payload().catch(() => null)
  const checks = instance
    ? await Promise.all([probeDatabase(instance), probeJobs(instance), probeCalendar(instance)])
    : [{ name: 'database', ok: false, detail: 'no answer' }]
  return healthResponse(readiness([...checks, await probeDisk(dataDir())]))
}
