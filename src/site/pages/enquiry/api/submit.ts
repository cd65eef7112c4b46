import type { APIRoute } from 'astro'

import { clientIp, readBody, submit } from '../../../lib/enquiries'

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })

/** POST /enquiry/api/submit: the island's submission, JSON in and out. */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return json({ errors: { form: '提交的内容无法识别,请刷新页面后重试' } }, 415)
  }
  const text = await readBody(request)
  if (text === null) return json({ errors: { body: '提交的内容过长,请精简后再提交' } }, 413)
  const raw = (() => {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return null
    }
  })()
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return json({ errors: { form: '提交的内容无法识别,请刷新页面后重试' } }, 400)
  }
  const outcome = await submit(raw as Record<string, unknown>, clientIp(request, clientAddress))
  const { status, ...body } = outcome
  return json(body, status)
}
