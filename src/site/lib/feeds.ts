import { beijingDate } from '../../shared'

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!)

export type FeedItem = { title: string; url: string; date?: string | null; description?: string | null }

/**
 * The stylesheet a browser applies to a feed opened as a page (public/feed.xsl): a Chinese page
 * that says what a feed is and how to subscribe, and lists the items. Feed readers ignore it.
 */
export const FEED_STYLESHEET = '/feed.xsl'

/**
 * A feed is sent as XML: Chromium shows application/rss+xml as plain text and never applies the
 * stylesheet. Feed readers go by the content, and pages still announce it as application/rss+xml.
 */
export const FEED_CONTENT_TYPE = 'application/xml; charset=utf-8'

/**
 * A feed's Content-Security-Policy: FILE_CSP, plus the site's own stylesheet files (the XSL,
 * which CSP counts as a script, and public/feed.css) for the page the browser makes of it.
 */
export const FEED_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** RSS 2.0 for one news column; `feedUrl` is its own address (atom:link rel="self"); dates also as Beijing days (dc:date). */
export const rss = (channel: { title: string; url: string; feedUrl: string; description: string }, items: FeedItem[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="${FEED_STYLESHEET}"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.url)}</link><atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/><description>${escapeXml(channel.description)}</description><language>zh-CN</language>
${items
  .map(
    (item) =>
      `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.url)}</link><guid>${escapeXml(item.url)}</guid>${
        item.date ? `<pubDate>${new Date(item.date).toUTCString()}</pubDate><dc:date>${beijingDate(item.date)}</dc:date>` : ''
      }${item.description ? `<description>${escapeXml(item.description)}</description>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`

export const sitemapXml = (urls: { loc: string; lastmod?: string | null }[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${new Date(url.lastmod).toISOString()}</lastmod>` : ''}</url>`).join('\n')}
</urlset>`
