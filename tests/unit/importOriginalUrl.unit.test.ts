import { describe, expect, it } from 'vitest'

import { urlInHtmlHead, urlInLines } from '../../src/payload/import/extract/originalUrl'
import { prepareArticle } from '../../src/payload/import/prepareArticle'

const bytes = (text: string) => new TextEncoder().encode(text)
const BODY = '近日,青山县退役军人事务局组织工作人员走访慰问辖区内的困难退役军人,送去慰问品和节日问候,详细了解他们的生活情况。'

describe('the original address of an imported article', () => {
  it('should read a page’s canonical link or og:url, in either attribute order', () => {
    expect(urlInHtmlHead('<head><link href="http://www.qs.gov.cn/art/2021/1/20/art_1_2.html" rel="canonical"></head>')).toBe('http://www.qs.gov.cn/art/2021/1/20/art_1_2.html')
    expect(urlInHtmlHead('<meta content="https://news.example.cn/a/9.html" property="og:url">')).toBe('https://news.example.cn/a/9.html')
    expect(urlInHtmlHead('<link rel="stylesheet" href="/a.css"><link rel="canonical" href="javascript:alert(1)">')).toBeUndefined()
    expect(urlInHtmlHead('<link rel="canonical" href="/relative/path.html">')).toBeUndefined()
  })

  it('should read a “原文链接” line, and no address inside a sentence', () => {
    expect(urlInLines(`标题\n${BODY}\n原文链接:http://www.qs.gov.cn/xwzx/2021/0120/123.html`)).toBe('http://www.qs.gov.cn/xwzx/2021/0120/123.html')
    expect(urlInLines(`标题\n【本文地址】 https://news.example.cn/a/123\n${BODY}`)).toBe('https://news.example.cn/a/123')
    expect(urlInLines(`标题\n详情请访问 http://www.qs.gov.cn/ 查询。\n${BODY}`)).toBeUndefined()
  })

  it('should keep the address from a text file and leave its line out of the body', () => {
    const article = prepareArticle('a.txt', bytes(`青山县走访慰问困难退役军人\n2021-1-20\n${BODY}\n原文链接:http://www.qs.gov.cn/xwzx/2021/0120/123.html`), { convertTraditional: true })
    expect(article.originalUrl).toBe('http://www.qs.gov.cn/xwzx/2021/0120/123.html')
    expect(article.plainText).not.toContain('原文链接')
    expect(article.plainText).not.toContain('http://')
  })

  it('should keep the canonical address of an HTML page', () => {
    const html = `<html><head><title>x</title><link rel="canonical" href="http://www.qs.gov.cn/art/2021/1/20/art_1_2.html"></head><body><h1>青山县走访慰问困难退役军人</h1><p>发布时间:2021-01-20</p><p>${BODY}</p></body></html>`
    const article = prepareArticle('a.html', bytes(html), { convertTraditional: true })
    expect(article.originalUrl).toBe('http://www.qs.gov.cn/art/2021/1/20/art_1_2.html')
    expect(article.title).toBe('青山县走访慰问困难退役军人')
  })

  it('should know no address when the file states none', () => {
    expect(prepareArticle('a.txt', bytes(`青山县走访慰问困难退役军人\n${BODY}`), { convertTraditional: true }).originalUrl).toBeUndefined()
  })
})
