import { describe, expect, it } from 'vitest'

import { linkPhones, phoneParts, telHref } from '../../src/site/lib/phoneLinks'
import { richTextToHtml } from '../../src/site/lib/richText'
import { plainLexical } from '../../src/payload/fields/plainLexical'
import { paragraphWithLink } from '../helpers/lexicalLinks'

const phones = (text: string) => phoneParts(text).filter((part) => part.tel).map((part) => [part.text, part.tel])

describe('telephone numbers in text', () => {
  it.each([
    ['咨询电话:0739-5321234。', '0739-5321234', 'tel:07395321234'],
    ['电话 0739 5321234', '0739 5321234', 'tel:07395321234'],
    ['（0739）5321234', '（0739）5321234', 'tel:07395321234'],
    ['北京 010-12345678 转', '010-12345678', 'tel:01012345678'],
    ['手机13807391234联系', '13807391234', 'tel:13807391234'],
    ['手机 138 0739 1234', '138 0739 1234', 'tel:13807391234'],
    ['手机:138-0739-1234', '138-0739-1234', 'tel:13807391234'],
    ['服务热线400-123-4567', '400-123-4567', 'tel:4001234567'],
    ['拨打12345政务服务便民热线', '12345', 'tel:12345'],
    ['退役军人服务热线 12393', '12393', 'tel:12393'],
  ])('should find the number in %s', (text, number, tel) => {
    expect(phones(text)).toEqual([[number, tel]])
  })

  it.each([
    ['a date', '发布日期:2026-12-01'],
    ['a dotted date', '2026.12.01 起施行'],
    ['a document number', '南政办发〔2024〕12号'],
    ['an index number', '索引号:000014349/2024-00012'],
    ['an ID card number', '身份证号 430523199001011234'],
    ['an amount', '补助 12345678 元'],
    ['a long number', '账号 6222021234567890123'],
    ['a standard number', 'DB43/T 1234-2020'],
    ['a number in a URL', 'https://example.cn/a/13807391234'],
    ['a count that looks like a hotline', '第123456号'],
  ])('should leave %s alone', (_, text) => {
    expect(phones(text)).toEqual([])
  })

  it('should link every number and escape the rest', () => {
    expect(linkPhones('<站> 0739-5321234 或 13807391234')).toBe(
      '&#60;站&#62; <a href="tel:07395321234">0739-5321234</a> 或 <a href="tel:13807391234">13807391234</a>',
    )
  })

  it('should give no tel: address for text without digits', () => {
    expect(telHref('见下方')).toBeNull()
    expect(telHref('+86 739 5321234')).toBe('tel:+867395321234')
  })
})

describe('telephone numbers in rich text', () => {
  it('should make a number in an article a tap-to-call link', () => {
    expect(richTextToHtml(plainLexical(['如有疑问请致电 0739-5321234 咨询。']))).toContain('<a href="tel:07395321234">0739-5321234</a>')
  })

  it('should not put a link inside a link', () => {
    const html = richTextToHtml(paragraphWithLink('', { text: '0739-5321234', fields: { linkType: 'custom', url: 'https://www.gov.cn/' } }))
    expect(html).toBe('<p><a href="https://www.gov.cn/">0739-5321234</a></p>')
  })
})
