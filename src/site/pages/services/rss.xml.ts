import type { APIRoute } from 'astro'

import { getServiceGuides, getSiteSettings } from '../../lib/content'
import { FEED_CONTENT_TYPE, FEED_CSP, rss } from '../../lib/feeds'
import { SERVICE_PATHS } from '../../lib/sitePaths'
import { publicPath } from '../../../shared'

/** 办事服务 as RSS: the guides, newest first (a new or updated service reaches subscribers). */
export const GET: APIRoute = async ({ url }) => {
  const [settings, guides] = await Promise.all([getSiteSettings(), getServiceGuides()])
  const newest = [...guides].sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? ''))).slice(0, 30)
  const body = rss(
    { title: `${settings.siteName} - 办事服务`, url: `${url.origin}${SERVICE_PATHS.index}`, feedUrl: `${url.origin}${SERVICE_PATHS.feed}`, description: `${settings.siteName}办事指南` },
    newest.map((guide) => ({ title: guide.title, url: `${url.origin}${publicPath('serviceGuides', guide)}`, date: guide.publishedAt })),
  )
  return new Response(body, { headers: { 'content-type': FEED_CONTENT_TYPE, 'content-security-policy': FEED_CSP } })
}
