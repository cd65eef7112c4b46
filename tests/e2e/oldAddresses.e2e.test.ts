import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

import { launchBrowser, logInToAdmin } from '../helpers/browser'
import { apiToken } from '../helpers/adminApi'

/**
 * 旧网址跳转 end to end: an old article with its 原文链接 goes in through the admin's import (the
 * job), its old path answers 404 while it is a draft, and 301 to its page once the review chain
 * has published it; the redirect list shows in the admin.
 */
describe('old addresses of imported articles', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  const oldPath = `/art/2021/1/20/art_${process.pid}_${Date.now() % 100_000}.html`
  const title = `白沙县开展退役军人就业技能培训 ${Date.now() % 100_000}`
  const body = '近日,白沙县退役军人事务局联合县人社局举办退役军人就业技能培训班,四十余名退役军人参加了为期一周的电工、焊工等课程学习。'

  const tokens = new Map<string, string>()
  const tokenOf = async (who: string) => {
    if (!tokens.has(who)) tokens.set(who, await apiToken(adminUrl, `${who}@demo.example`))
    return tokens.get(who)!
  }
  const call = async (who: string, method: string, url: string, init: RequestInit = {}) => {
    const response = await fetch(`${adminUrl}/api${url}`, { ...init, method, headers: { authorization: `JWT ${await tokenOf(who)}`, ...init.headers } })
    expect(response.ok, `${method} ${url}: ${response.status} ${await response.clone().text()}`).toBe(true)
    return response.json()
  }
  const oldAddress = () => fetch(`${siteUrl}${oldPath}`, { redirect: 'manual' })
  const waitFor = async <T>(what: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = await what()
      if (value !== undefined) return value
      if (Date.now() > deadline) throw new Error('timed out')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  let newsId = ''

  it('should import the article as a draft and answer its old path with 404 meanwhile', async () => {
    const form = new FormData()
    const text = `${title}\n发布时间:2021-01-20 09:30\n来源:白沙县退役军人事务局\n${body}\n原文链接:http://www.baisha.gov.cn${oldPath}`
    form.append('files', new Blob([text], { type: 'text/plain' }), 'baisha.txt')
    const { reportId } = (await call('editor', 'POST', '/importReports/run', { body: form })) as { reportId: string }
    const report = await waitFor(async () => {
      const read = (await call('editor', 'GET', `/importReports/${reportId}?depth=0`)) as { state: string; items?: { news?: string }[] }
      return read.state === 'done' ? read : undefined
    })
    newsId = report.items![0].news!
    const redirects = (await call('editor', 'GET', `/redirects?where[from][equals]=${encodeURIComponent(oldPath)}&depth=0`)) as { docs: { to: { value: string } }[] }
    expect(redirects.docs.map((doc) => doc.to.value)).toEqual([newsId])
    expect((await oldAddress()).status).toBe(404)
  }, 120_000)

  it('should move the old path for good to the article once it is published', async () => {
    for (const [who, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['reviewer2', 'approve'], ['publisher', 'publish']]) {
      await call(who, 'POST', `/news/${newsId}/workflow`, { body: JSON.stringify({ action }), headers: { 'content-type': 'application/json' } })
    }
    const news = (await call('editor', 'GET', `/news/${newsId}?depth=0`)) as { slug: string; category: string }
    const answer = await waitFor(async () => {
      const response = await oldAddress()
      return response.status === 301 ? response : undefined
    })
    expect(answer.headers.get('location')).toBe(`/news/${news.category}/${encodeURIComponent(news.slug)}`)
    const page = await fetch(`${siteUrl}${answer.headers.get('location')}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(title)
  }, 120_000)

  it('should list the old address in the admin for content staff', async () => {
    const browser = await launchBrowser()
    try {
      const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage()
      await logInToAdmin(page, adminUrl, 'editor@demo.example', { timeout: 60_000 })
      await page.goto(`${adminUrl}/admin/collections/redirects`)
      await page.getByRole('link', { name: oldPath }).waitFor({ timeout: 60_000 })
      // The target column names the article.
      await page.getByText(title).waitFor({ timeout: 60_000 })
      if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOTS, 'old-addresses.png'), fullPage: true })
    } finally {
      await browser.close()
    }
  }, 120_000)
})
