/**
 * Old addresses (旧网址): a path of the portal an article was imported from, which the public
 * site answers with a 301 to the article once it is published. The admin (the redirects
 * collection, the importer) and the site (the lookup on a page not found) read paths alike here.
 */

/**
 * The first path segments the site itself answers (src/site/pages, its static files, the
 * admin's and the front server's): an old address there would never be reached, or would take a
 * page of this site away. tests/unit/oldAddress.unit.test.ts checks the list against src/site/pages.
 */
export const SITE_SEGMENTS = [
  '404', 'about', 'accessibility', 'commendations', 'consultations', 'contact', 'downloads', 'enquiry', 'interpretations',
  'media', 'new-media', 'news', 'pages', 'policies', 'readyz', 'search', 'services', 'settings', 'site-purges.json',
  'sitemap', 'sitemap.xml', 'stations', 'veterans', 'withdrawn', 'xxgk',
  '_astro', '_cache', 'admin', 'api', 'favicon.svg', 'feed.css', 'feed.xsl', 'healthz',
] as const

const BASE = 'http://old.invalid'

/**
 * An old address as the site compares it: path and query, percent-encoded as a browser sends
 * them, without host or fragment. Accepts a full URL ("http://www.qs.gov.cn/art/1.html") or a
 * path ("/art/1.html", "art/1.html"); null for anything else.
 */
export const normalizeOldPath = (input: string): string | null => {
  const text = input.trim()
  if (!text) return null
  try {
    const absolute = /^https?:\/\//iu.test(text)
    if (!absolute && /^[a-z][a-z0-9+.-]*:/iu.test(text)) return null
    const url = absolute ? new URL(text) : new URL(text.startsWith('/') ? text : `/${text}`, BASE)
    return `${url.pathname}${url.search}`
  } catch {
    return null
  }
}

/** Why a (normalized) old address cannot be used, in Chinese; null when it can. */
export const oldPathProblem = (path: string): string | null => {
  if (path === '/' || path.startsWith('/?')) return '旧网址不能是网站首页'
  const raw = path.slice(1).split(/[/?]/u)[0] ?? ''
  // A malformed escape ("%E0%A4%A") is compared as written: it names none of the site's sections.
  const first = (() => {
    try {
      return decodeURIComponent(raw)
    } catch {
      return raw
    }
  })()
  if ((SITE_SEGMENTS as readonly string[]).includes(first)) return `以“/${first}”开头的地址属于本网站自己的栏目,不能设为旧网址`
  return null
}
