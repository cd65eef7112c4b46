import type { APIRoute } from 'astro'

import { newestPurge } from '../../payload/siteCache'
import { payload } from '../lib/payload'

/** The newest purge in the log, for this host's front server (PURGE_LOG_PATH in src/shared/purge.ts). */
export const GET: APIRoute = async () => {
  const newest = await newestPurge(await payload())
  return new Response(JSON.stringify({ newest }), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } })
}
