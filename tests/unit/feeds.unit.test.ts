import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { FEED_STYLESHEET, rss } from '../../src/site/lib/feeds'

const feed = rss({ title: '南屏县 - 工作动态', url: 'https://x.example/news/work', feedUrl: 'https://x.example/news/work/rss.xml', description: '工作动态' }, [
  { title: '标题 <1>', url: 'https://x.example/news/work/a', date: '2026-11-30T17:00:00Z', description: '摘要' },
])

describe('RSS feed', () => {
  it('should link the Chinese stylesheet for browsers, right after the XML declaration', () => {
    expect(feed.split('\n').slice(0, 2)).toEqual(['<?xml version="1.0" encoding="UTF-8"?>', `<?xml-stylesheet type="text/xsl" href="${FEED_STYLESHEET}"?>`])
    expect(FEED_STYLESHEET).toBe('/feed.xsl')
  })

  it('should name its own address and give the Beijing day of each item', () => {
    expect(feed).toContain('<atom:link href="https://x.example/news/work/rss.xml" rel="self" type="application/rss+xml"/>')
    expect(feed).toContain('<dc:date>2026-12-01</dc:date>')
    expect(feed).toContain('<title>标题 &lt;1&gt;</title>')
  })

  it('should have a stylesheet in public/ that explains feeds in Chinese and lists the items', () => {
    const xsl = readFileSync('public/feed.xsl', 'utf8')
    expect(xsl).toContain('<xsl:for-each select="item">')
    expect(xsl).toContain('这是什么?')
    expect(xsl).toContain('atom:link[@rel=\'self\']/@href')
  })
})
