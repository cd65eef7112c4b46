import type { APIRoute } from 'astro'

import { newChallenge } from '../../../lib/enquiries'

/** GET /enquiry/api/challenge: a fresh check for an island whose page has been open too long. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(newChallenge()), { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })
