import { describe, expect, it } from 'vitest'

import { richTextToHtml } from '../../src/site/lib/richText'
import { PUBLIC_COLLECTIONS, publicPath } from '../../src/shared'
import { internalLink, paragraphWithLink } from '../helpers/lexicalLinks'

describe('publicPath', () => {
  it('should give every public collection its page', () => {
    expect(publicPath('news', { category: 'work', slug: 'a-b' })).toBe('/news/work/a-b')
    expect(publicPath('policies', { slug: 'p1' })).toBe('/policies/p1')
    expect(publicPath('interpretations', { slug: 'i1' })).toBe('/interpretations/i1')
    expect(publicPath('consultations', { slug: 'c1' })).toBe('/consultations/c1')
    expect(publicPath('stations', { slug: 's1' })).toBe('/stations/s1')
    expect(publicPath('veterans', { slug: 'v1' })).toBe('/veterans/v1')
    expect(publicPath('commendations', { slug: 'c1' })).toBe('/commendations/c1')
    expect(publicPath('serviceGuides', { slug: 'g1' })).toBe('/services/g1')
    expect(publicPath('consultations', { slug: 'k1' })).toBe('/consultations/k1')
    expect(PUBLIC_COLLECTIONS).toEqual(['news', 'policies', 'interpretations', 'serviceGuides', 'consultations', 'pages', 'stations', 'veterans', 'commendations'])
  })

  it('should give no path for other collections or missing fields', () => {
    expect(publicPath('users', { slug: 'x' })).toBeNull()
    expect(publicPath('toString', { slug: 'x' })).toBeNull()
    expect(publicPath('news', { slug: 'x' })).toBeNull()
    expect(publicPath('policies', {})).toBeNull()
  })

  it('should escape a slug into one path segment', () => {
    expect(publicPath('policies', { slug: 'a/../b' })).toBe('/policies/a%2F..%2Fb')
  })
})

describe('rich text internal links', () => {
  it('should link to the public page of a populated document', () => {
    const html = richTextToHtml(paragraphWithLink('详见', internalLink('优待证办理', 'news', { id: 1, category: 'notice', slug: 'youdaizheng' })))
    expect(html).toContain('<a href="/news/notice/youdaizheng">优待证办理</a>')
    expect(html).not.toContain('href="#"')
  })

  it('should link policies, stations and the other public collections', () => {
    for (const collection of ['policies', 'interpretations', 'stations', 'veterans', 'commendations']) {
      expect(richTextToHtml(paragraphWithLink('', internalLink('目标', collection, { id: 'x', slug: 'target' })))).toContain(`href="/${collection}/target"`)
    }
  })

  it('should keep only the text when the document was not populated (the public may not see it)', () => {
    const html = richTextToHtml(paragraphWithLink('详见', internalLink('内部草稿', 'news', 42)))
    expect(html).toContain('详见内部草稿')
    expect(html).not.toContain('<a')
  })

  it('should leave custom links as they are', () => {
    const html = richTextToHtml(paragraphWithLink('', { text: '中国政府网', fields: { linkType: 'custom', url: 'https://www.gov.cn/' } }))
    expect(html).toContain('<a href="https://www.gov.cn/">中国政府网</a>')
  })
})
