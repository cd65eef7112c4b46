import type { APIRoute } from 'astro'

import { PREFERENCES, type PreferenceName, safeBack } from '../../lib/preferences'

const ONE_YEAR = 60 * 60 * 24 * 365

/** Sets a reading preference and returns to the page: a plain link, no JavaScript needed. */
export const GET: APIRoute = ({ params, url, cookies, redirect }) => {
  const name = params.name as PreferenceName
  const preference = PREFERENCES[name]
  const value = url.searchParams.get('value') ?? ''
  if (!preference || !(preference.values as readonly string[]).includes(value)) {
    return new Response('无效的设置', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  cookies.set(preference.cookie, value, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax', httpOnly: false })
  return redirect(safeBack(url.searchParams.get('back')), 303)
}
