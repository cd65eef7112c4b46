import type { APIRoute } from 'astro'

import { sitemapXml } from '../lib/feeds'
import { getSiteMap } from '../lib/siteMap'

export const GET: APIRoute = async ({ url }) => {
  const sections = await getSiteMap()
  const hrefs = new Map<string, string | null | undefined>()
  for (const section of sections.filter((entry) => entry.xml !== false)) {
    hrefs.set(section.href, null)
    for (const page of section.pages) hrefs.set(page.href, page.lastmod)
  }
  const body = sitemapXml([...hrefs].map(([href, lastmod]) => ({ loc: `${url.origin}${href}`, lastmod })))
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
