import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { securityHeaders, servedOverHttps } from '../../src/site/lib/securityHeaders'
import { traditionalPage } from '../../src/site/lib/traditional'

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64')

describe('content security policy and the 繁體 view', () => {
  it('should convert the text of a page but not its inline scripts and styles, whose hashes the policy allows', () => {
    const script = 'const label = "朗读正文"; document.title = "退役军人"'
    const style = '.va-note::after { content: "说明" }'
    const html = `<html lang="zh-CN"><head><style>${style}</style></head><body><p data-start="朗读正文">退役军人服务站</p><script type="module">${script}</script></body></html>`
    const converted = traditionalPage(html)
    expect(converted).toContain('退役軍人服務站')
    expect(converted).toContain('data-start="朗讀正文"')
    expect(converted).toContain('<html lang="zh-Hant"')
    const inline = [...converted.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => sha256(match[2]))
    expect(inline).toEqual([sha256(style), sha256(script)])
  })

  it('should send HSTS only when SITE_URL is an https address', () => {
    expect(servedOverHttps('https://www.nanping.gov.cn')).toBe(true)
    expect(servedOverHttps(' HTTPS://www.nanping.gov.cn/ ')).toBe(true)
    for (const address of [undefined, '', 'http://localhost:4321', 'www.nanping.gov.cn']) expect(servedOverHttps(address)).toBe(false)
    expect(Object.fromEntries(securityHeaders(true))['strict-transport-security']).toBe('max-age=31536000')
    expect(Object.fromEntries(securityHeaders(false))).not.toHaveProperty('strict-transport-security')
  })
})
