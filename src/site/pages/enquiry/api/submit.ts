import type { APIRoute } from 'astro'

import { clientIp, parseSubmission, submit } from '../../../lib/enquiries'

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })

/** POST /enquiry/api/submit: the island's submission (multipart, with attachments) or JSON; answers JSON. */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const parsed = await parseSubmission(request)
  if (!parsed.ok) return json({ errors: { form: parsed.message } }, parsed.status)
  const { status, ...body } = await submit(parsed.raw, clientIp(request, clientAddress), parsed.files, { removeKept: parsed.removeKept })
  return json(body, status)
}
