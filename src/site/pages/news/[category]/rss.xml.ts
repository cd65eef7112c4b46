import type { APIRoute } from 'astro'

import { NEWS_CATEGORIES, NEWS_CATEGORY_LABELS, type NewsCategory } from '../../../../payload/constants/news'
import { getLatestNews, getSiteSettings } from '../../../lib/content'
import { FEED_CONTENT_TYPE, FEED_CSP, rss } from '../../../lib/feeds'

export const GET: APIRoute = async ({ params, url }) => {
  const category = params.category as NewsCategory
  if (!NEWS_CATEGORIES.includes(category)) return new Response('未找到该栏目', { status: 404 })
  const [settings, items] = await Promise.all([getSiteSettings(), getLatestNews(30, category)])
  const body = rss(
    { title: `${settings.siteName} - ${NEWS_CATEGORY_LABELS[category]}`, url: `${url.origin}/news/${category}`, feedUrl: `${url.origin}/news/${category}/rss.xml`, description: `${settings.siteName}${NEWS_CATEGORY_LABELS[category]}` },
    items.map((item) => ({ title: item.title, url: `${url.origin}/news/${item.category}/${item.slug}`, date: item.publishedAt, description: item.summary })),
  )
  return new Response(body, { headers: { 'content-type': FEED_CONTENT_TYPE, 'content-security-policy': FEED_CSP } })
}
