import { describe, expect, it } from 'vitest'

import { sameSitePath } from '../../src/payload/rules/sameSitePath'

describe('sameSitePath', () => {
  it('should keep paths of this site with their query and fragment', () => {
    expect(sameSitePath('/')).toBe('/')
    expect(sameSitePath('/news/work/a?page=2#top')).toBe('/news/work/a?page=2#top')
    expect(sameSitePath('/search?q=%E9%80%80')).toBe('/search?q=%E9%80%80')
  })

  it.each([
    ['protocol-relative', '//evil.example/x'],
    ['backslash after the slash', '/\\evil.example/x'],
    ['two backslashes', '\\\\evil.example'],
    ['tab between the slashes', '/\t/evil.example'],
    ['CR/LF (header splitting)', '/a\r\nSet-Cookie: x=1'],
    ['NUL', '/a\u0000b'],
    ['absolute URL', 'https://evil.example/'],
    ['scheme', 'javascript:alert(1)'],
    ['dot segments that resolve to //host', '/..//evil.example'],
    ['encoded dot segments that resolve to //host', '/.%2e//evil.example'],
    ['empty', ''],
    ['relative', 'news'],
  ])('should refuse %s', (_, value) => {
    expect(sameSitePath(value)).toBeNull()
  })

  it('should refuse null and undefined', () => {
    expect(sameSitePath(null)).toBeNull()
    expect(sameSitePath(undefined)).toBeNull()
  })
})
