import { readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { normalizeOldPath, oldPathProblem, SITE_SEGMENTS } from '../../src/shared'

describe('old addresses', () => {
  it('should keep path and query of a full address, encoded as a browser sends them', () => {
    expect(normalizeOldPath('http://www.qs.gov.cn/art/2021/1/20/art_12_345.html')).toBe('/art/2021/1/20/art_12_345.html')
    expect(normalizeOldPath('https://www.qs.gov.cn/show.aspx?id=88#top')).toBe('/show.aspx?id=88')
    expect(normalizeOldPath(' xwzx/新闻/1.html ')).toBe('/xwzx/%E6%96%B0%E9%97%BB/1.html')
    expect(normalizeOldPath('/xwzx/%E6%96%B0%E9%97%BB/1.html')).toBe('/xwzx/%E6%96%B0%E9%97%BB/1.html')
  })

  it('should refuse what is not an address', () => {
    expect(normalizeOldPath('')).toBeNull()
    expect(normalizeOldPath('javascript:alert(1)')).toBeNull()
    expect(normalizeOldPath('mailto:a@b.cn')).toBeNull()
  })

  it('should refuse the home page and the site’s own sections, and accept an old portal’s paths', () => {
    expect(oldPathProblem('/')).toBe('旧网址不能是网站首页')
    expect(oldPathProblem('/?id=1')).toBe('旧网址不能是网站首页')
    expect(oldPathProblem('/news/work/a')).toContain('/news')
    expect(oldPathProblem('/admin')).toContain('/admin')
    expect(oldPathProblem('/api/users')).toContain('/api')
    expect(oldPathProblem('/art/2021/1/20/art_12_345.html')).toBeNull()
    expect(oldPathProblem('/newsroom/1.html')).toBeNull()
    // A path with a malformed escape is an old portal's path like any other, not an error.
    expect(oldPathProblem('/%E0%A4%A/art.html')).toBeNull()
    expect(normalizeOldPath('/%E0%A4%A/art.html')).toBe('/%E0%A4%A/art.html')
  })

  it('should name every section the site has (src/site/pages) and every file it serves (public/)', () => {
    const routes = readdirSync(path.resolve('src/site/pages')).map((name) => name.replace(/\.(astro|ts)$/u, ''))
    const files = readdirSync(path.resolve('public'))
    expect([...routes.filter((name) => name !== 'index'), ...files].filter((name) => !(SITE_SEGMENTS as readonly string[]).includes(name))).toEqual([])
  })
})
