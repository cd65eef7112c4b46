/**
 * The headers every answer of the public site carries, whoever answers it (Astro, or the front
 * server from its cache, from the media folder or with its own 503). Pages carry the
 * Content-Security-Policy Astro computes for them (astro.config.mjs); any other answer (files,
 * feeds, JSON, redirects, errors) gets FILE_CSP, which lets it load and run nothing.
 */
export const FILE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** HSTS only where the public reaches the site over HTTPS: SITE_URL, the site's public address, says so. */
export const servedOverHttps = (siteUrl = process.env.SITE_URL): boolean => /^https:\/\//i.test(siteUrl?.trim() ?? '')

export const securityHeaders = (https: boolean): [string, string][] => [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['x-frame-options', 'DENY'],
  ...(https ? ([['strict-transport-security', 'max-age=31536000']] as [string, string][]) : []),
]
