import { defineMiddleware } from 'astro:middleware'

import { log, REQUEST_ID_HEADER } from '../payload/log'
import { readPreferences } from './lib/preferences'
import { whileRendering } from './lib/rendering'
import { FILE_CSP, securityHeaders, servedOverHttps } from './lib/securityHeaders'
import { traditionalPage } from './lib/traditional'

/**
 * Server-side 繁體 view and the headers every answer carries. A render that fails is logged with
 * the id the front server gave its request (src/site/server/frontServer.ts), so its line in the
 * log sits beside the request's access line.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const requestId = context.request.headers.get(REQUEST_ID_HEADER) ?? undefined
  let response: Response
  try {
    // Counted, so that the search index's sync waits while a reader is answered (lib/rendering.ts).
    response = await whileRendering(() => next())
  } catch (error) {
    log().error({ requestId, path: context.url.pathname, err: { type: (error as Error).name, message: (error as Error).message, stack: (error as Error).stack } }, 'render failed')
    throw error
  }
  if (response.status >= 500) log().error({ requestId, path: context.url.pathname, status: response.status }, 'render answered with an error')
  const type = response.headers.get('content-type') ?? ''
  for (const [name, value] of securityHeaders(servedOverHttps())) response.headers.set(name, value)
  // Pages come with the policy Astro computed for them; anything else may run nothing.
  if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', FILE_CSP)
  if (!type.startsWith('text/html') || !readPreferences(context.cookies).traditional) return response
  const html = traditionalPage(await response.text())
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(html, { status: response.status, headers })
})
