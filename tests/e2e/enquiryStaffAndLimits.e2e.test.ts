import type { Download } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { apiToken } from '../helpers/adminApi'
import { launchBrowser, logInToAdmin } from '../helpers/browser'
import { challengeFor, ipLimit, ownLoopbackAddress, submitEnquiry } from '../helpers/sitePosts'

describe('enquiries: limits across site workers and the staff export', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')

  it('should accept exactly the per-IP limit from one address, whichever worker answers, then answer 429 with a message for a shared computer', { timeout: 120_000 }, async () => {
    const from = ownLoopbackAddress()
    const submitOne = (index: number, challenge: Record<string, unknown>) => submitEnquiry(siteUrl, from, index, challenge)
    const challenges: Record<string, unknown>[] = []
    for (let index = 0; index < ipLimit() + 3; index += 1) challenges.push(await challengeFor(siteUrl, from))
    // limit + 1 at once, each on its own connection: the cluster deals connections out to its
    // workers in turn, so counters kept per worker would accept them all.
    const burst = await Promise.all(challenges.slice(0, ipLimit() + 1).map((challenge, index) => submitOne(index, challenge)))
    expect(burst.map((answer) => answer.status).sort()).toEqual([...Array(ipLimit()).fill(201), 429])
    expect(burst.find((answer) => answer.status === 429)?.body.message).toMatch(/^这台电脑或网络近期提交的留言较多,请 60 分钟后再试。多人共用一台电脑或同一个网络时会出现这种情况/)
    // Two more, one after the other (so one per worker): both refused.
    const later = [await submitOne(ipLimit() + 1, challenges[ipLimit() + 1]), await submitOne(ipLimit() + 2, challenges[ipLimit() + 2])]
    expect(later.map((answer) => answer.status)).toEqual([429, 429])
  })

  it('should serve staff (admin, handler, station staff) the CSV export through the REST route, refuse other roles (403) and the public (401)', async () => {
    const login = async (email: string) => ({ authorization: `JWT ${await apiToken(adminUrl, email)}` })
    const exportUrl = `${adminUrl}/api/enquiries/export.csv?from=2020-01-01&to=2099-12-31`
    for (const email of ['admin@demo.example', 'handler@demo.example', 'station@demo.example']) {
      const csv = await fetch(exportUrl, { headers: await login(email) })
      expect(csv.status, email).toBe(200)
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect((await csv.text()).split('\r\n')[0]).toContain('查询码,类别')
    }
    for (const email of ['editor@demo.example', 'reviewer@demo.example', 'publisher@demo.example']) {
      const refused = await fetch(exportUrl, { headers: await login(email) })
      expect(refused.status, email).toBe(403)
      expect(await refused.json()).toEqual({ message: '您没有查看留言的权限,不能导出' })
    }
    const anonymous = await fetch(exportUrl)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ message: '请先登录' })
    expect((await fetch(exportUrl, { headers: { authorization: 'JWT not-a-token' } })).status).toBe(401)
  })

  it('should list the cases the handler may read with their columns filled (the list reads only the columns it shows)', async () => {
    const token = await apiToken(adminUrl, 'handler@demo.example')
    const headers = { authorization: `JWT ${token}`, cookie: `payload-token=${token}` }
    const read = (await (await fetch(`${adminUrl}/api/enquiries?depth=0&limit=100`, { headers })).json()) as {
      docs: { trackingCode: string; subject: string; status: string }[]
      totalDocs: number
    }
    expect(read.totalDocs).toBeGreaterThan(0)
    const byCode = new Map(read.docs.map((item) => [item.trackingCode, item]))
    const html = await (await fetch(`${adminUrl}/admin/collections/enquiries`, { headers })).text()
    const rows = [...html.matchAll(/<tr class="row-\d+"[^>]*>(.*?)<\/tr>/g)].map(([, row]) => ({
      code: /class="cell-trackingCode"><a [^>]*>([^<]+)</.exec(row)?.[1],
      subject: /class="cell-subject"><span>([^<]*)</.exec(row)?.[1],
      status: /class="cell-status"><span class="selected--([a-z_]+)"/.exec(row)?.[1],
    }))
    expect(rows.length).toBe(Math.min(read.totalDocs, 10))
    for (const row of rows) {
      const item = byCode.get(row.code ?? '')
      expect(item, `row ${row.code} is a case the handler may read`).toBeDefined()
      expect(row).toEqual({ code: item!.trackingCode, subject: item!.subject, status: item!.status })
    }
  })

  it('should offer the export above the admin list and download it with the session', { timeout: 90_000 }, async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await logInToAdmin(page, adminUrl, 'handler@demo.example')
      await page.goto(`${adminUrl}/admin/collections/enquiries`)
      const button = page.getByRole('button', { name: '导出统计表(CSV,不含个人信息)' })
      await button.waitFor({ timeout: 30_000 })
      // The list may still be settling (the admin applies the handler's saved list preferences with a
      // client-side navigation, which cancels a form submitted meanwhile): as a person would, wait
      // for the page to be still, and press again if nothing came. Stop 24's CI failed here once.
      await page.waitForLoadState('networkidle', { timeout: 60_000 })
      let download: Download | undefined
      for (let attempt = 1; !download && attempt <= 3; attempt += 1) {
        download = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]).then(
          ([event]) => event,
          (error: unknown) => {
            console.log(`export attempt ${attempt} gave no download at ${page.url()}: ${String(error).split('\n')[0]}`)
            return undefined
          },
        )
      }
      if (!download) throw new Error('the export button gave no download in three attempts')
      expect(download.suggestedFilename()).toMatch(/^留言办理-\d{4}-\d{2}-\d{2}\.csv$/)
      // A reversed range: a page in Chinese saying why, with the way back, not raw JSON.
      await page.locator('input[name="from"]').fill('2026-03-02')
      await page.locator('input[name="to"]').fill('2026-03-01')
      await button.click()
      await page.getByText('开始日期不能晚于结束日期').waitFor({ timeout: 30_000 })
      await page.getByRole('link', { name: '返回留言咨询列表' }).click()
      await page.waitForURL(`${adminUrl}/admin/collections/enquiries**`, { timeout: 30_000 })
    } finally {
      await browser.close()
    }
  })
})
