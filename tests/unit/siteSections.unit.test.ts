import { describe, expect, it } from 'vitest'

import { errorReportProblem } from '../../src/payload/rules/errorReport'
import { breadcrumbTrail, isCurrentLink, sectionOf } from '../../src/site/lib/siteSections'

describe('site sections (main menu, breadcrumbs, 网站地图)', () => {
  it.each([
    ['/news/local/some-article', '新闻动态'],
    ['/interpretations', '政务公开'],
    ['/policies/a-policy', '政务公开'],
    ['/enquiry/track', '互动交流'],
    ['/commendations/x', '先进典型'],
    ['/stations/map', '服务站点'],
  ])('should put %s under %s', (path, label) => {
    expect(sectionOf(path)?.label).toBe(label)
  })

  it('should leave home, search and the fixed pages outside every section, and not match a prefix of a word', () => {
    for (const path of ['/', '/search', '/sitemap', '/contact', '/newsletter', '/policiesx']) expect(sectionOf(path)).toBeUndefined()
  })

  it('should mark the menu entry of the page section, wherever in the section the entry points', () => {
    expect(isCurrentLink('/news/work', '/news/media/an-article')).toBe(true)
    expect(isCurrentLink('/policies', '/interpretations/x')).toBe(true)
    expect(isCurrentLink('/stations', '/news/work')).toBe(false)
    expect(isCurrentLink('/', '/news/work')).toBe(false)
    expect(isCurrentLink('/', '/')).toBe(true)
    expect(isCurrentLink('/contact', '/contact')).toBe(true)
  })

  it('should lead the breadcrumb with the section, linked unless it is the page shown', () => {
    expect(breadcrumbTrail('/news/local/x', [{ label: '地方动态', href: '/news/local' }, { label: '正文' }])).toEqual([
      { label: '新闻动态', href: '/news/work' },
      { label: '地方动态', href: '/news/local' },
      { label: '正文' },
    ])
    expect(breadcrumbTrail('/policies', [{ label: '政策法规' }])).toEqual([{ label: '政务公开', href: undefined }, { label: '政策法规' }])
    expect(breadcrumbTrail('/contact', [{ label: '联系我们' }])).toEqual([{ label: '联系我们' }])
  })
})

describe('我为政府网站找错 address', () => {
  it('should carry the site 网站标识码', () => {
    expect(errorReportProblem('https://zfwzzc.www.gov.cn/?sitecode=4399010017', '4399010017')).toBeNull()
    expect(errorReportProblem('https://zfwzzc.www.gov.cn/?sitecode=1', '4399010017')).toContain('4399010017')
    expect(errorReportProblem('https://zfwzzc.www.gov.cn/', '')).toBe('请先填写网站标识码')
  })
})
