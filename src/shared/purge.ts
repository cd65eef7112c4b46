/**
 * The purge protocol between the back office and the public site: when published content
 * changes, the back office posts to the site's PURGE_PATH with the token in PURGE_TOKEN_HEADER,
 * and the site's front server (src/site/server/frontServer.ts) drops its cached pages.
 */

/** Where the site takes a purge (POST; the body is a short JSON note of what changed, for the log). */
export const PURGE_PATH = '/_cache/purge'

/** The request header that carries the purge token. */
export const PURGE_TOKEN_HEADER = 'x-purge-token'

/**
 * The token the back office shows the site when it asks for a purge: HMAC-SHA256 of a fixed
 * label under the secret both processes already share (PAYLOAD_SECRET), so there is no second
 * secret to keep. Web Crypto rather than node:crypto, so that browser bundles importing
 * src/shared (admin components, site islands) never pull in a Node built-in.
 */
export const purgeToken = async (secret: string): Promise<string> => {
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode('va-page-cache-purge'))
  return Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Sends a purge to the site at `site` (its origin); `what` says what changed. */
export const sendPurge = async (site: string | URL, secret: string, what: unknown, signal?: AbortSignal): Promise<Response> =>
  fetch(new URL(PURGE_PATH, site), {
    method: 'POST',
    headers: { [PURGE_TOKEN_HEADER]: await purgeToken(secret), 'content-type': 'application/json' },
    body: JSON.stringify(what),
    signal,
  })

/**
 * The purge log every site host follows (src/payload/siteCache/purgeLog.ts): the renderer answers
 * this path with the newest purge's id, and the front server asks it every PURGE_LOG_POLL_MS. A
 * purge saved through an admin on another host reaches this one within that time, over the
 * database the hosts share. Only the front server asks it; from outside it is not found.
 */
export const PURGE_LOG_PATH = '/site-purges.json'

export const PURGE_LOG_POLL_MS = 500
