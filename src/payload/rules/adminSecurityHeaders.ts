/**
 * The Content-Security-Policy of the admin and its API. As strict as Payload's admin allows:
 * Next's own inline bootstrap scripts and the admin's inline styles need 'unsafe-inline' (no
 * 'unsafe-eval', no other host); everything else comes from the admin's own origin. Nobody
 * may frame it (clickjacking).
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Headers on every response of the admin server (pages, REST, GraphQL, files, errors).
 * HSTS only when the admin is served over https (PAYLOAD_PUBLIC_SERVER_URL): sent over plain
 * HTTP it would be ignored, and a wrong one would lock browsers out of an http-only install.
 */
export const adminSecurityHeaders = (serverUrl: string): Record<string, string> => ({
  'Content-Security-Policy': ADMIN_CSP,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  ...(new URL(serverUrl).protocol === 'https:' ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
})
