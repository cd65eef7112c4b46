import { describe, expect, inject, it } from 'vitest'

import { apiToken } from '../helpers/adminApi'
import { demoNews } from '../helpers/demoContent'

/** 撤稿 as readers see it: a banner with the public reason, or 410 Gone. */
describe('withdrawn articles on the public site', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  // The two oldest published items: no other test reads them.
  const [gone, banner] = demoNews()
    .filter((item) => item.status === 'published')
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))

  const withdraw = async (slug: string, mode: 'banner' | 'gone', reason: string) => {
    const headers = { authorization: `JWT ${await apiToken(adminUrl, 'publisher@demo.example')}`, 'content-type': 'application/json' }
    const found = (await (await fetch(`${adminUrl}/api/news?where[slug][equals]=${slug}&depth=0`, { headers })).json()) as { docs: { id: string }[] }
    const response = await fetch(`${adminUrl}/api/news/${found.docs[0].id}/workflow`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ action: 'withdraw', mode, reason }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
  }

  it('should keep a withdrawn article online with a banner and the public reason', async () => {
    const url = `${siteUrl}/news/${banner.category}/${banner.slug}`
    expect((await fetch(url)).status).toBe(200)
    await withdraw(banner.slug, 'banner', '文中活动时间有误,已另行发布更正通知。')
    const html = await (await fetch(url)).text()
    expect(html).toContain('本文已撤稿')
    expect(html).toContain('文中活动时间有误')
  })

  it('should answer 410 Gone for an article withdrawn and removed, without its internal reason', async () => {
    const url = `${siteUrl}/news/${gone.category}/${gone.slug}`
    expect((await fetch(url)).status).toBe(200)
    await withdraw(gone.slug, 'gone', '内部核查:涉及未经同意公开的个人信息')
    const response = await fetch(url)
    expect(response.status).toBe(410)
    const html = await response.text()
    expect(html).toContain('该内容已撤销')
    expect(html).not.toContain('内部核查')
    expect(html).not.toContain(gone.title)
  })
})
