import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importArticles } from '../../src/payload/import/importArticles'
import { performTransition } from '../../src/payload/workflow/performTransition'
import type { User } from '../../src/payload-types'
import { oldAddressTarget } from '../../src/site/lib/content'
import { demoUser } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const BODY = '近日,青山县退役军人事务局组织工作人员走访慰问辖区内的困难退役军人,送去慰问品和节日问候,详细了解他们的生活情况。'
const OLD = 'http://www.qs.gov.cn/art/2021/1/20/art_12_345.html'
const article = (title: string, url: string) =>
  new TextEncoder().encode(`${title}\n发布时间:2021-01-20 09:30\n来源:青山县退役军人事务局\n${BODY}${title}\n原文链接:${url}`)

describe('旧网址跳转', () => {
  let payload: Payload
  let editor: User
  let newsId: string

  const step = (user: User, action: 'submit' | 'approve' | 'publish') => performTransition(payload, { collection: 'news', id: newsId, user, input: { action } })
  const at = (path: string) => oldAddressTarget(new URL(path, 'http://site.example'))

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await demoUser(payload, 'editor')
    const run = await importArticles(payload, [{ name: 'old.txt', data: article('青山县走访慰问困难退役军人', OLD) }], { user: editor })
    expect(run.items[0]).toMatchObject({ status: 'imported' })
    newsId = run.items[0].newsId!
  })
  afterAll(() => releaseTestPayload(payload))

  it('should keep the original address on the draft and add its old path to the list', async () => {
    const draft = await payload.findByID({ collection: 'news', id: newsId, draft: true, depth: 0 })
    expect(draft.importRecord?.originalUrl).toBe(OLD)
    const { docs } = await payload.find({ collection: 'redirects', where: { from: { equals: '/art/2021/1/20/art_12_345.html' } }, depth: 0 })
    expect(docs.map((doc) => doc.to)).toEqual([{ relationTo: 'news', value: newsId }])
  })

  it('should send nobody anywhere while the article is a draft, and to its page once published', async () => {
    expect(await at('/art/2021/1/20/art_12_345.html')).toBeNull()
    const [reviewer, reviewer2, publisher] = await Promise.all(['reviewer', 'reviewer2', 'publisher'].map((name) => demoUser(payload, name)))
    await step(editor, 'submit')
    await step(reviewer, 'approve')
    await step(reviewer2, 'approve')
    await step(publisher, 'publish')
    const published = await payload.findByID({ collection: 'news', id: newsId, depth: 0 })
    expect(await at('/art/2021/1/20/art_12_345.html')).toBe(`/news/${published.category}/${encodeURIComponent(published.slug!)}`)
    // Another path, or the same with another query, is not that article's.
    expect(await at('/art/2021/1/20/art_12_999.html')).toBeNull()
    expect(await at('/art/2021/1/20/art_12_345.html?x=1')).toBeNull()
  })

  it('should not add a second redirect for an address already taken, and say so in the report', async () => {
    const run = await importArticles(payload, [{ name: 'again.txt', data: article('石桥镇开展服务站工作人员培训', OLD) }], { user: editor })
    expect(run.items[0].status).toBe('imported')
    expect(run.items[0].warnings).toContain('原网址 /art/2021/1/20/art_12_345.html 已设置跳转到其他内容,本文未再设置')
    expect((await payload.count({ collection: 'redirects', where: { from: { equals: '/art/2021/1/20/art_12_345.html' } } })).totalDocs).toBe(1)
  })

  it('should refuse an address of the site’s own, the home page and a taken one, saying why', async () => {
    const create = (from: string) => payload.create({ collection: 'redirects', data: { from, to: { relationTo: 'news', value: newsId } }, user: editor, overrideAccess: false })
    /** What the admin shows under the field. */
    const refusal = (from: string) => create(from).then(() => 'saved', (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.[0]?.message)
    expect(await refusal('/news/work/x')).toBe('以“/news”开头的地址属于本网站自己的栏目,不能设为旧网址')
    expect(await refusal('http://www.qs.gov.cn/')).toBe('旧网址不能是网站首页')
    expect(await refusal(OLD)).toBe('这个旧网址已经设置了跳转')
    const made = await create('http://www.qs.gov.cn/xwzx/2021/0120/1.html')
    expect(made.from).toBe('/xwzx/2021/0120/1.html')
  })

  it('should let content staff keep the list, and nobody else read it', async () => {
    const station = await demoUser(payload, 'station')
    await expect(payload.find({ collection: 'redirects', overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'redirects', user: station, overrideAccess: false })).rejects.toThrow()
    expect((await payload.find({ collection: 'redirects', user: editor, overrideAccess: false })).totalDocs).toBeGreaterThan(0)
  })
})
