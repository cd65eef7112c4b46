import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logInToAdmin } from '../helpers/browser'

/**
 * The review chain as people use it: the author writes, a reviewer returns it with a reason,
 * the author fixes it, two reviewers approve, the publisher publishes, the public page shows it.
 */
describe('editorial workflow in the admin', () => {
  // The admin's cookie is honoured only from its configured server URL (Payload's CSRF check).
  const adminUrl = inject('adminUrl')
  const siteUrl = inject('siteUrl')
  const slug = `workflow-e2e-${Date.now()}`
  let browser: Browser
  let docUrl = ''
  const pages = new Map<string, Page>()

  const as = async (name: string) => {
    if (pages.has(name)) return pages.get(name)!
    const page = await (await browser.newContext()).newPage()
    await logInToAdmin(page, adminUrl, `${name}@demo.example`)
    pages.set(name, page)
    return page
  }

  const openDoc = async (name: string) => {
    const page = await as(name)
    await page.goto(docUrl)
    await page.getByTestId('workflow-state').waitFor({ timeout: 30_000 })
    return page
  }

  const state = (page: Page) => page.getByTestId('workflow-state').innerText()

  /** Clicks a review-panel action; the panel reloads the page once the server has answered. */
  const act = async (page: Page, label: string) => {
    const reloaded = page.waitForEvent('load', { timeout: 30_000 })
    await page.getByRole('button', { name: label, exact: true }).click()
    await reloaded
    await page.getByTestId('workflow-state').waitFor({ timeout: 30_000 })
  }

  const saveDraft = async (page: Page) => {
    const saved = page.waitForResponse((response) => response.url().includes('/api/news') && response.request().method() !== 'GET')
    await page.getByRole('button', { name: '保存草稿' }).click()
    expect((await saved).ok()).toBe(true)
  }

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  it('should let the author write a news draft and submit it for review', async () => {
    const page = await as('editor')
    await page.goto(`${adminUrl}/admin/collections/news/create`)
    await page.locator('#field-title').fill('乡镇服务站开展春节走访慰问')
    await page.locator('.ContentEditable__root').first().click()
    await page.keyboard.type('服务站工作人员走访慰问辖区退役军人。')
    await page.locator('#field-slug').fill(slug)
    await saveDraft(page)
    // A UUID on SQLite, an ObjectId (24 hex digits) on MongoDB.
    await page.waitForURL(/\/admin\/collections\/news\/([0-9a-f]{24}|[0-9a-f-]{36})/, { timeout: 30_000 })
    docUrl = page.url()
    await page.getByRole('button', { name: '提交审核' }).waitFor({ timeout: 30_000 })
    await act(page, '提交审核')
    expect(await state(page)).toContain('审核中')
  })

  it('should not offer the author an approve button on their own item', async () => {
    const page = await openDoc('editor')
    expect(await page.getByRole('button', { name: '审核通过', exact: true }).count()).toBe(0)
    expect(await page.getByRole('button', { name: '发布', exact: true }).count()).toBe(0)
  })

  it('should refuse the author approving their own item through the admin’s API', async () => {
    const page = await openDoc('editor')
    const id = docUrl.split('/').pop()
    const message = await page.evaluate(async (path) => {
      const response = await fetch(path, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'approve' }),
      })
      return (await response.json()).errors?.[0]?.message
    }, `/api/news/${id}/workflow`)
    expect(message).toBe('没有初审权限')
  })

  it('should let a reviewer return it with a reason the author then sees', async () => {
    const reviewer = await openDoc('reviewer')
    await reviewer.getByLabel('理由(退回、撤稿时必填)').fill('标题请写明具体乡镇')
    await act(reviewer, '退回修改')
    expect(await state(reviewer)).toContain('退回修改')
    const author = await openDoc('editor')
    expect(await author.getByText('标题请写明具体乡镇').count()).toBeGreaterThan(0)
  })

  it('should let the author fix and resubmit it', async () => {
    const page = await openDoc('editor')
    await page.locator('#field-title').fill('城关镇服务站开展春节走访慰问')
    await saveDraft(page)
    await page.reload()
    await page.getByRole('button', { name: '提交审核' }).waitFor({ timeout: 30_000 })
    await act(page, '提交审核')
    expect(await state(page)).toContain('待初审')
    // The document header tells the same as the review panel, not Payload's 草稿.
    expect(await page.getByTestId('header-workflow-state').innerText()).toContain('审核中(待初审)')
  })

  it('should need two different reviewers to approve it', async () => {
    const first = await openDoc('reviewer')
    await act(first, '审核通过')
    expect(await state(first)).toContain('待复审')
    expect(await first.getByRole('button', { name: '审核通过', exact: true }).count()).toBe(0)
    const second = await openDoc('reviewer2')
    await act(second, '审核通过')
    expect(await state(second)).toContain('审核通过')
  })

  it('should let the publisher publish it and the public page show it', async () => {
    const page = await openDoc('publisher')
    await act(page, '发布')
    expect(await state(page)).toContain('已发布')
    const publicPage = await browser.newPage()
    const response = await publicPage.goto(`${siteUrl}/news/work/${slug}`)
    expect(response?.status()).toBe(200)
    expect(await publicPage.locator('h1').innerText()).toBe('城关镇服务站开展春节走访慰问')
  })

  it('should show the workflow dashboard on the admin start page', async () => {
    const page = await as('reviewer')
    await page.goto(`${adminUrl}/admin`)
    expect(await page.getByRole('heading', { name: '我的工作台' }).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { name: '待我审核' }).isVisible()).toBe(true)
  })

  it('should not show Payload’s Publish button to anyone', async () => {
    const page = await openDoc('publisher')
    expect(await page.getByRole('button', { name: '发布修改' }).count()).toBe(0)
  })
})
