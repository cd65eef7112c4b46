import { defineMiddleware } from 'astro:middleware'

import { readPreferences } from './lib/preferences'
import { traditionalPage } from './lib/traditional'

/** Server-side 繁體 view and the headers every page carries. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  const type = response.headers.get('content-type') ?? ''
  response.headers.set('x-content-type-options', 'nosniff')
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin')
  if (!type.startsWith('text/html')) return response
  response.headers.set('x-frame-options', 'SAMEORIGIN')
  if (!readPreferences(context.cookies).traditional) return response
  const html = traditionalPage(await response.text())
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(html, { status: response.status, headers })
})
