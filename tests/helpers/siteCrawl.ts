import { PREFERENCES } from '../../src/site/lib/preferences'
import { testDatabase } from './testDatabase'

/** The display modes a reader can choose (standard and 适老模式), as the cookie that selects each. */
export const DISPLAY_MODES = PREFERENCES.elderly.values.map((value) => ({
  name: value === 'on' ? '适老模式' : 'standard',
  value,
  cookie: `${PREFERENCES.elderly.cookie}=${value}`,
}))

/** Every text size the site offers (放大字号/缩小字号 steps). */
export const TEXT_SIZES = PREFERENCES.size.values

/** The paths of every URL in /sitemap.xml. */
export const sitemapPaths = async (siteUrl: string): Promise<string[]> => {
  const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1].replace(/&amp;/g, '&'))
    return url.pathname + url.search
  })
}

/** A page type: the first path segment and the depth (/news/a and /news/b are one type, /news/page/2 another). */
const pageType = (path: string): string => {
  const url = new URL(path, 'http://x')
  const segments = url.pathname.split('/').filter(Boolean)
  return `${segments[0] ?? ''}/${segments.length}${url.search ? '?' : ''}`
}

/** The first URL of each page type, in the given order. */
export const onePerPageType = (paths: string[]): string[] => {
  const seen = new Set<string>()
  return paths.filter((path) => !seen.has(pageType(path)) && Boolean(seen.add(pageType(path))))
}

/**
 * The URLs a whole-site crawl (axe, phone layout, link crawl) visits in this lane. The SQLite lane
 * visits every sitemap URL. The MongoDB lane visits one URL of each page type: what these crawls
 * check (markup, style, links) is the same for two pages of one type on either database, and
 * what does depend on the database, each page type's own queries, is exercised once per type.
 * Crawling every URL in both lanes had taken the whole run to 87 of CI's 90 minutes.
 */
export const crawlPaths = async (siteUrl: string): Promise<string[]> => {
  const paths = await sitemapPaths(siteUrl)
  return testDatabase() === 'mongodb' ? onePerPageType(paths) : paths
}

/** The least a crawl must visit to be a crawl at all: catches an empty or broken sitemap. */
export const CRAWL_MINIMUM = () => (testDatabase() === 'mongodb' ? 15 : 50)

/** The attributes that name a resource of the page: links, stylesheets, pictures, scripts. */
const REFERENCE = /<(a|link|img|source|script)\b([^>]*)>/gi
const ATTRIBUTE = /\b(href|src|srcset)\s*=\s*("([^"]*)"|'([^']*)')/gi

const decode = (value: string) =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')

/** Every same-origin address the HTML refers to (fragments dropped): a light parse, no browser. */
export const internalReferences = (html: string, pageUrl: URL): string[] => {
  const found = new Set<string>()
  for (const [, , attributes] of html.matchAll(REFERENCE)) {
    for (const match of attributes.matchAll(ATTRIBUTE)) {
      const value = decode(match[3] ?? match[4] ?? '')
      const candidates = match[1].toLowerCase() === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value]
      for (const candidate of candidates) {
        if (!candidate || candidate.startsWith('#')) continue
        const url = new URL(candidate, pageUrl)
        if (url.origin !== pageUrl.origin) continue
        url.hash = ''
        found.add(url.pathname + url.search)
      }
    }
  }
  return [...found]
}

/** Runs `task` over `items`, at most `limit` at a time. */
export const eachLimited = async <T>(items: T[], limit: number, task: (item: T) => Promise<void>) => {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++])
  }))
}

