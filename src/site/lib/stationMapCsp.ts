/**
 * The map view's Content-Security-Policy: scripts, styles and data from this site only, images
 * also from the tile service. The page cache keeps bodies, not headers, so the page carries it
 * as a <meta http-equiv> (frame-ancestors is not allowed there; X-Frame-Options covers it).
 */
export const stationMapCsp = (tileOrigin: string): string =>
  [
    "default-src 'self'",
    `img-src 'self' data: ${tileOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
