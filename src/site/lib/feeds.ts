const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!)

export type FeedItem = { title: string; url: string; date?: string | null; description?: string | null }

/** RSS 2.0 for one news column. */
export const rss = (channel: { title: string; url: string; description: string }, items: FeedItem[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.url)}</link><description>${escapeXml(channel.description)}</description><language>zh-CN</language>
${items
  .map(
    (item) =>
      `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.url)}</link><guid>${escapeXml(item.url)}</guid>${
        item.date ? `<pubDate>${new Date(item.date).toUTCString()}</pubDate>` : ''
      }${item.description ? `<description>${escapeXml(item.description)}</description>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`

export const sitemapXml = (urls: { loc: string; lastmod?: string | null }[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${new Date(url.lastmod).toISOString()}</lastmod>` : ''}</url>`).join('\n')}
</urlset>`
