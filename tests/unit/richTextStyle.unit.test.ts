import { describe, expect, it } from 'vitest'

import { richTextToHtml } from '../../src/site/lib/richText'

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const root = (children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })
const item = (value: number, children: unknown[]) => ({ type: 'listitem', value, children, direction: 'ltr', format: '', indent: 0, version: 1 })
const list = (children: unknown[]) => ({ type: 'list', tag: 'ul', listType: 'bullet', start: 1, children, direction: 'ltr', format: '', indent: 0, version: 1 })

describe('rich text under the site’s CSP (no inline style)', () => {
  it('should write lists, nested lists and aligned paragraphs without a style attribute', () => {
    const html = richTextToHtml(
      root([
        list([item(1, [text('退役军人')]), item(2, [list([item(1, [text('烈士遗属')])])])]),
        { type: 'paragraph', children: [text('居中的一段')], direction: 'ltr', format: 'center', indent: 2, version: 1, textFormat: 0, textStyle: '' },
      ]),
    )
    expect(html).toContain('<li')
    expect(html).toContain('退役军人')
    expect(html).toContain('class="nestedListItem"')
    expect(html).toContain('居中的一段')
    expect(html).not.toMatch(/\sstyle=/)
  })

  it('should keep an editor’s text that spells out a style attribute, escaped', () => {
    const html = richTextToHtml(root([{ type: 'paragraph', children: [text('写法 style="color:red" 不生效')], direction: 'ltr', format: '', indent: 0, version: 1 }]))
    expect(html).toContain('style=&quot;color:red&quot;')
  })
})
