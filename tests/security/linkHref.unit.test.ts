import { describe, expect, it } from 'vitest'

import { linkHrefProblem, listedHost } from '../../src/payload/rules/linkHref'

const hosts = ['www.gov.cn', 'Www.Mva.Gov.Cn', '中国政府网.cn']

describe('linkHrefProblem: menu and footer links', () => {
  it.each(['/', '/news/work', '/policies?page=2#list', 'https://www.gov.cn/', 'http://www.gov.cn/zhengce', 'https://WWW.MVA.gov.cn/a', 'https://中国政府网.cn/'])(
    'should allow %s',
    (href) => {
      expect(linkHrefProblem(href, hosts)).toBeNull()
    },
  )

  it.each([
    ['protocol-relative', '//evil.example/x'],
    ['backslash after the slash', '/\\evil.example/x'],
    ['two backslashes', '\\\\evil.example'],
    ['tab between the slashes', '/\t/evil.example'],
    ['CR/LF', '/a\r\nb'],
    ['dot segments to //host', '/..//evil.example'],
  ])('should refuse a same-site-looking %s', (_, href) => {
    expect(linkHrefProblem(href, hosts)).toMatch(/^站内地址无效/)
  })

  it.each([
    ['an unlisted host', 'https://evil.example/'],
    ['a listed host as a subdomain of another', 'https://www.gov.cn.evil.example/'],
    ['a subdomain of a listed host', 'https://evil.www.gov.cn/'],
  ])('should refuse %s', (_, href) => {
    expect(linkHrefProblem(href, hosts)).toMatch(/^外部链接只能指向管理员列出的网站/)
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,x'],
    ['a relative path', 'news/work'],
    ['a tab inside the address', 'https://www.gov.cn/\tx'],
    ['a backslash', 'https:\\\\evil.example'],
  ])('should refuse %s', (_, href) => {
    expect(linkHrefProblem(href, hosts)).toBe('地址应为以 / 开头的站内地址,或以 http(s):// 开头的外部地址')
  })

  it('should refuse credentials, also a listed host written as a user name in front of another host', () => {
    expect(linkHrefProblem('https://www.gov.cn@evil.example/', hosts)).toBe('外部地址不能包含用户名或密码')
    expect(linkHrefProblem('https://user:pw@www.gov.cn/', hosts)).toBe('外部地址不能包含用户名或密码')
  })

  it('should refuse every external host while the list is empty, and an empty address', () => {
    expect(linkHrefProblem('https://www.gov.cn/', [])).toMatch(/www\.gov\.cn 不在其中/)
    expect(linkHrefProblem('', hosts)).toBe('请填写地址')
    expect(linkHrefProblem(undefined, hosts)).toBe('请填写地址')
  })
})

describe('listedHost: an entry of the admin list', () => {
  it('should take a bare host name in the form a browser compares', () => {
    expect(listedHost(' Www.Gov.CN ')).toBe('www.gov.cn')
    expect(listedHost('中国政府网.cn')).toMatch(/^xn--[a-z0-9]+\.cn$/)
  })

  it.each(['https://www.gov.cn', 'www.gov.cn/path', 'www.gov.cn:8080', 'user@www.gov.cn', 'www gov cn', ''])(
    'should refuse %j',
    (entry) => {
      expect(listedHost(entry)).toBeNull()
    },
  )
})
