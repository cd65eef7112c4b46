import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken } from '../helpers/adminApi'
import { launchBrowser, logInToAdmin } from '../helpers/browser'

type Link = { label: string; href: string }
type Navigation = { main?: Link[]; footer?: Link[]; _status?: string }

/**
 * Menus, footer and the footer identifiers are on every public page: a change reaches the public
 * only through 初审 and the publisher, and every save and step is in the audit log.
 */
describe('site-wide settings over REST: no way round review', () => {
  const adminUrl = inject('adminUrl')
  const siteUrl = inject('siteUrl')
  const tokens: Record<string, string> = {}
  let browser: Browser

  const call = async (who: string | null, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${adminUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(who ? { authorization: `JWT ${tokens[who]}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, json: (await response.json().catch(() => null)) as Record<string, unknown> }
  }
  const home = async () => (await fetch(`${siteUrl}/`)).text()
  const staffNavigation = async () => (await call('editor', 'GET', '/globals/navigation?draft=true&depth=0')).json as Navigation
  const withFooterLink = async (link: Link) => {
    const { main = [], footer = [] } = await staffNavigation()
    const plain = (links: Link[]) => links.map(({ label, href }) => ({ label, href }))
    return { main: plain(main), footer: [...plain(footer), link] }
  }
  const lastAudit = async (documentId: string) => {
    const { json } = await call('admin', 'GET', `/auditLog?where[documentId][equals]=${documentId}&sort=-createdAt&limit=1&depth=0`)
    return (json.docs as Record<string, unknown>[])[0]
  }
  /** The public page cache is purged when a setting is published; poll rather than sleep. */
  const homeShows = async (text: string, timeout = 20_000) => {
    const until = Date.now() + timeout
    while (Date.now() < until) if ((await home()).includes(text)) return true
    return false
  }

  beforeAll(async () => {
    for (const name of ['admin', 'editor', 'reviewer', 'publisher']) tokens[name] = await apiToken(adminUrl, `${name}@demo.example`)
  })
  afterAll(() => browser?.close())

  it.each([
    ['a protocol-relative link', '//evil-e2e.example/x'],
    ['a backslash link', '/\\evil-e2e.example/x'],
    ['an https link to an unlisted host', 'https://evil-e2e.example/'],
  ])('should refuse an editor adding %s to the footer, with the message under the field', async (_, href) => {
    const { status, json } = await call('editor', 'POST', '/globals/navigation', await withFooterLink({ label: '外站', href }))
    expect(status).toBe(400)
    const [error] = json.errors as { data?: { errors?: { path: string; message: string }[] } }[]
    expect(error.data?.errors?.[0]?.path).toMatch(/^footer\.\d+\.href$/)
    expect(error.data?.errors?.[0]?.message).toMatch(/站内地址无效|外部链接只能指向管理员列出的网站/)
    expect(await home()).not.toContain('evil-e2e.example')
  })

  it('should refuse an editor publishing navigation directly with _status published', async () => {
    const data = { ...(await withFooterLink({ label: '直接发布', href: '/direct-e2e' })), _status: 'published' }
    const { status } = await call('editor', 'POST', '/globals/navigation', data)
    expect(status).toBe(403)
    expect(await home()).not.toContain('/direct-e2e')
  })

  it("should refuse an editor changing the ICP number and keep an admin's change an audited draft", async () => {
    const before = await home()
    expect((await call('editor', 'POST', '/globals/siteSettings', { icp: '伪造ICP备00000001号' })).status).toBe(403)
    const { status, json } = await call('admin', 'POST', '/globals/siteSettings', { icp: '湘ICP备00000002号-9' })
    expect(status).toBe(200)
    expect((json.result as { _status: string })._status).toBe('draft')
    expect(await lastAudit('siteSettings')).toMatchObject({ action: 'save', actorName: '系统管理员', toState: 'draft' })
    const after = await home()
    expect(after).not.toContain('湘ICP备00000002号-9')
    expect(after).not.toContain('伪造ICP备00000001号')
    expect(before).toContain('湘ICP备20990417号-1')
    expect(after).toContain('湘ICP备20990417号-1')
  })

  it('should keep drafts from anonymous readers of the REST API', async () => {
    const { json } = await call(null, 'GET', '/globals/siteSettings?draft=true&depth=0')
    expect(json.icp).toBe('湘ICP备20990417号-1')
  })

  it(
    'should take an editor’s external menu link through 初审 in the admin and publication to the public site',
    { timeout: 180_000 },
    async () => {
      const link = { label: '中国政府网(安全测试)', href: 'https://www.gov.cn/e2e-security' }
      // Listed by an admin first, beside the hosts already listed (the footer's 找错 link needs its own); that change of the list is audited.
      const listed = ((await call('admin', 'GET', '/globals/externalLinkHosts?depth=0')).json.hosts ?? []) as { host: string }[]
      const hosts = [...listed.filter((entry) => entry.host !== 'www.gov.cn').map(({ host }) => ({ host })), { host: 'www.gov.cn' }]
      expect((await call('admin', 'POST', '/globals/externalLinkHosts', { hosts })).status).toBe(200)
      expect(await lastAudit('externalLinkHosts')).toMatchObject({ action: 'save', reason: expect.stringContaining('www.gov.cn') })

      const saved = await call('editor', 'POST', '/globals/navigation', await withFooterLink(link))
      expect(saved.status).toBe(200)
      expect((saved.json.result as Navigation)._status).toBe('draft')
      // A draft, or still 退回修改 when an earlier run on the same stack was returned.
      expect(await lastAudit('navigation')).toMatchObject({ action: 'save', actorName: '王编辑', toState: expect.stringMatching(/^(draft|returned)$/) })
      expect(await home()).not.toContain(link.href)

      expect((await call('editor', 'POST', '/globals/navigation/workflow', { action: 'submit' })).status).toBe(200)
      expect((await call('editor', 'POST', '/globals/navigation/workflow', { action: 'approve' })).status).toBe(403)
      expect((await call('editor', 'GET', '/globals/navigation/workflow')).json).toMatchObject({ state: 'inReview', stage: 'first' })

      // The admin's global page shows the review panel in place of Publish; 初审 happens there.
      browser = await launchBrowser()
      const adminPage = async (email: string) => {
        const page = await (await browser.newContext()).newPage()
        await logInToAdmin(page, adminUrl, email, { timeout: 60_000 })
        await page.goto(`${adminUrl}/admin/globals/navigation`)
        await page.getByTestId('workflow-state').filter({ hasText: '审核中' }).waitFor({ timeout: 60_000 })
        return page
      }
      const editorPage = await adminPage('editor@demo.example')
      await editorPage.getByText('发布请使用右侧审核面板').first().waitFor({ timeout: 30_000 })
      expect(await editorPage.getByRole('button', { name: /^发布/ }).count()).toBe(0)
      expect(await editorPage.getByText('当前没有您可执行的审核操作。').isVisible()).toBe(true)
      await editorPage.close()

      const reviewerPage = await adminPage('reviewer@demo.example')
      await reviewerPage.getByRole('button', { name: '审核通过', exact: true }).click()
      await reviewerPage.getByTestId('workflow-state').filter({ hasText: '审核通过' }).waitFor({ timeout: 60_000 })
      await reviewerPage.close()
      expect(await lastAudit('navigation')).toMatchObject({ action: 'approve', actorName: '李审核', toState: 'approved' })
      expect(await home()).not.toContain(link.href)

      expect((await call('reviewer', 'POST', '/globals/navigation/workflow', { action: 'publish' })).status).toBe(403)
      expect((await call('publisher', 'POST', '/globals/navigation/workflow', { action: 'publish' })).status).toBe(200)
      expect(await lastAudit('navigation')).toMatchObject({ action: 'publish', actorName: '陈终审', toState: 'published' })
      expect(await homeShows(link.href)).toBe(true)
    },
  )
})
