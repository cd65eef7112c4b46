import { describe, expect, it } from 'vitest'

import { orderByDependency } from '../../src/payload/seed/orderByDependency'
import { parseMarkdown } from '../../src/payload/seed/readContent'

describe('content files', () => {
  it('should split YAML front matter from the Markdown body', () => {
    const item = parseMarkdown<{ slug: string; tags: string[] }>('---\nslug: a\ntags: [x, y]\n---\n\n正文第一段。\n')
    expect(item.data).toEqual({ slug: 'a', tags: ['x', 'y'] })
    expect(item.body).toBe('正文第一段。')
  })

  it('should name the file when front matter is missing', () => {
    expect(() => parseMarkdown('no front matter', 'news/x.md')).toThrow('news/x.md')
  })
})

describe('dependency order', () => {
  const key = (item: { slug: string }) => item.slug
  const dep = (item: { replacedBy?: string }) => item.replacedBy

  it('should put a replacement before the items that name it', () => {
    const items = [{ slug: 'old', replacedBy: 'new' }, { slug: 'older', replacedBy: 'old' }, { slug: 'new' }]
    expect(orderByDependency(items, key, dep).map(key)).toEqual(['new', 'old', 'older'])
  })

  it('should refuse a cycle', () => {
    const items = [
      { slug: 'a', replacedBy: 'b' },
      { slug: 'b', replacedBy: 'a' },
    ]
    expect(() => orderByDependency(items, key, dep)).toThrow('circular')
  })
})
