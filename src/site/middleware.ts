import { defineMiddleware } from 'astro:middleware'

import { readPreferences } from './lib/preferences'
import { FILE_CSP, securityHeaders, servedOverHttps } from './lib/securityHeaders'
import { traditionalPage } from './lib/traditional'

/** Server-side 繁體 view and the headers every answer carries. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
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
