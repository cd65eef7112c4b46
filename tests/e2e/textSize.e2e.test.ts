import { describe, expect, inject, it } from 'vitest'

import { PREFERENCES } from '../../src/site/lib/preferences'
import { TEXT_SIZES } from '../helpers/siteCrawl'

/** The 阅读设置 bar's links, as [text, href]. */
const preferenceLinks = (html: string) => {
  const bar = html.slice(html.indexOf('aria-label="阅读设置"'), html.indexOf('</ul>', html.indexOf('aria-label="阅读设置"')))
  return [...bar.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>\s*([^<]*?)\s*<\/a>/g)].map((match) => [match[2], match[1].replace(/&amp;/g, '&')])
}

/**
 * 放大字号 and 缩小字号 are links only where they change something: at the largest size 放大字号
 * is gone (the bar says 已是最大字号), at the smallest 缩小字号 is gone; no size link keeps the
 * size it has. Server-rendered, no JavaScript.
 */
describe('text size controls', () => {
  const siteUrl = inject('siteUrl')

  it.each(TEXT_SIZES)('should offer only the size steps that change something at size %s', async (size) => {
    const response = await fetch(`${siteUrl}/`, { headers: { cookie: `${PREFERENCES.size.cookie}=${size}` } })
    const html = await response.text()
    const links = preferenceLinks(html)
    const texts = links.map(([text]) => text)
    const largest = size === TEXT_SIZES.at(-1)
    const smallest = size === TEXT_SIZES[0]
    expect(texts.includes('放大字号')).toBe(!largest)
    expect(html.includes('已是最大字号')).toBe(largest)
    expect(texts.includes('缩小字号')).toBe(!smallest)
    for (const [text, href] of links.filter(([, href]) => href.startsWith('/settings/size'))) {
      expect(new URL(href, siteUrl).searchParams.get('value'), text).not.toBe(size)
    }
  })
})
