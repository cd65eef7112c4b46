import { describe, expect, it } from 'vitest'

import { onePerPageType } from '../helpers/siteCrawl'

describe('onePerPageType (the MongoDB lane’s crawl sample)', () => {
  it('should keep the first URL of each first segment and depth, in order', () => {
    const paths = ['/', '/news', '/news/a', '/news/b', '/news/page/2', '/news/page/3', '/services/x', '/services/x/checklist', '/services/y/checklist', '/about']
    expect(onePerPageType(paths)).toEqual(['/', '/news', '/news/a', '/news/page/2', '/services/x', '/services/x/checklist', '/about'])
  })

  it('should count an address with a query as a type of its own', () => {
    expect(onePerPageType(['/search', '/search?q=a', '/search?q=b'])).toEqual(['/search', '/search?q=a'])
  })
})
