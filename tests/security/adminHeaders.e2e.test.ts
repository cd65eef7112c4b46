import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken } from '../helpers/adminApi'
import { launchBrowser, logInToAdmin } from '../helpers/browser'

/**
 * The admin server's responses: no framing (clickjacking), no MIME sniffing, no full URLs in
 * Referer, a CSP; and file paths built to reach past the media folder answer 400/404, not 500.
 */
describe('admin server headers and paths', () => {
  const adminUrl = inject('adminUrl')
  let browser: Browser
  let auth: Record<string, string>
  beforeAll(async () => {
    auth = { authorization: `JWT ${await apiToken(adminUrl, 'admin@demo.example')}`, 'content-type': 'application/json' }
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  it.each([
    ['/admin', false],
    ['/admin/login', false],
    ['/api/users/me', true],
    ['/api/news?limit=1', false],
    ['/api/no-such-thing', false],
    ['/no-such-page', false],
  ])('should send the security headers on %s', async (path, signedIn) => {
    const response = await fetch(`${adminUrl}${path}`, { redirect: 'manual', headers: signedIn ? auth : {} })
    expect(response.status).toBeLessThan(500)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    // Served over plain http here: no HSTS (see the unit test for https).
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it.each(['/api/media/file/%252fetc%252fpasswd', '/api/media/file/%2f..%2f..%2fsite.db', '/api/media/file/%00', '/media/%00', '/media/%252e%252e%252fsite.db'])(
    'should answer %s with 400 or 404, never 500',
    async (path) => {
      const response = await fetch(`${adminUrl}${path}`)
      expect([400, 404]).toContain(response.status)
      expect(await response.text()).not.toMatch(/SQLite format|root:/)
    },
  )

  it('should still serve a published picture', async () => {
    const { docs } = (await (await fetch(`${adminUrl}/api/media?limit=1&depth=0`, { headers: auth })).json()) as { docs: { filename: string }[] }
    const response = await fetch(`${adminUrl}/api/media/file/${encodeURIComponent(docs[0].filename)}`, { headers: auth })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('should let the admin UI load and save under its CSP without a single violation', { timeout: 120_000 }, async () => {
    const created = await fetch(`${adminUrl}/api/users`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ email: `csp-${Date.now()}@accounts.test`, password: 'Csp-test-2026', name: '内容安全策略', roles: ['editor'] }),
    })
    const { doc } = (await created.json()) as { doc: { id: string } }
    const page = await browser.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    try {
      await logInToAdmin(page, adminUrl, 'admin@demo.example', { timeout: 60_000 })
      await page.goto(`${adminUrl}/admin/collections/users/${doc.id}`)
      const name = page.locator('input[name="name"]')
      await name.waitFor({ timeout: 60_000 })
      await name.fill('内容安全策略已保存')
      const saved = page.waitForResponse((response) => response.url().includes(`/api/users/${doc.id}`) && response.request().method() === 'PATCH', { timeout: 60_000 })
      await page.getByRole('button', { name: '保存', exact: true }).click()
      expect((await saved).status()).toBe(200)
      const stored = (await (await fetch(`${adminUrl}/api/users/${doc.id}`, { headers: auth })).json()) as { name: string }
      expect(stored.name).toBe('内容安全策略已保存')
      expect(violations).toEqual([])
    } finally {
      await page.close()
      await fetch(`${adminUrl}/api/users/${doc.id}`, { method: 'DELETE', headers: auth })
    }
  })
})
