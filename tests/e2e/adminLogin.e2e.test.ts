import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logInToAdmin } from '../helpers/browser'

describe('admin', () => {
  const adminUrl = inject('adminUrl')
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  it('should let the demo admin log in and see the collections in Chinese', async () => {
    const page = await browser.newPage()
    await logInToAdmin(page, adminUrl, 'admin@demo.example')
    await expect(page.getByText('政策法规').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('服务站').first().isVisible()).resolves.toBe(true)
  })

  it('should refuse a wrong password with a message', async () => {
    const page = await browser.newPage()
    await page.goto(`${adminUrl}/admin/login`)
    await page.locator('input[name="email"]').fill('admin@demo.example')
    await page.locator('input[name="password"]').fill('wrong-password')
    await page.locator('button[type="submit"]').click()
    await page.waitForTimeout(1500)
    expect(page.url()).toContain('/admin/login')
  })
})
