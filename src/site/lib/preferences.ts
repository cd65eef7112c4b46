import type { AstroCookies } from 'astro'

import { sameSitePath } from '../../payload/rules/sameSitePath'

/**
 * Reading preferences, kept in cookies so that they work without JavaScript and the same URL
 * serves every reader: 适老化 (elderly-friendly) mode, text size, and the 繁體 view.
 */
export const PREFERENCES = {
  elderly: { cookie: 'va-elderly', values: ['off', 'on'] },
  size: { cookie: 'va-size', values: ['0', '1', '2', '3'] },
  script: { cookie: 'va-script', values: ['hans', 'hant'] },
} as const

export type PreferenceName = keyof typeof PREFERENCES

export type Preferences = { elderly: boolean; size: number; traditional: boolean }

const read = (cookies: AstroCookies, name: PreferenceName): string => {
  const value = cookies.get(PREFERENCES[name].cookie)?.value
  return (PREFERENCES[name].values as readonly string[]).includes(value ?? '') ? value! : PREFERENCES[name].values[0]
}

export const readPreferences = (cookies: AstroCookies): Preferences => ({
  elderly: read(cookies, 'elderly') === 'on',
  size: Number(read(cookies, 'size')),
  traditional: read(cookies, 'script') === 'hant',
})

/** The cookie header values that decide how a page renders: part of every cache key. */
const COOKIE_PATTERNS = Object.values(PREFERENCES).map(({ cookie }) => new RegExp(`(?:^|;\\s*)${cookie}=([^;]*)`))

export const preferenceKey = (cookieHeader: string | null | undefined): string =>
  cookieHeader ? COOKIE_PATTERNS.map((pattern) => pattern.exec(cookieHeader)?.[1] ?? '').join('|') : '||'

/** A link that switches one preference and comes back to this page. */
export const preferenceHref = (name: PreferenceName, value: string, back: string): string =>
  `/settings/${name}?value=${encodeURIComponent(value)}&back=${encodeURIComponent(back)}`

/** Only a page of this site is a valid return address (`/\host`, `//host`, CR/LF are not): otherwise the home page. */
export const safeBack = (value: string | null): string => sameSitePath(value) ?? '/'
