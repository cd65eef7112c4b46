import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logInToAdmin } from '../helpers/browser'
import { SEEDS_DIR } from '../helpers/seedsDir'

/** Two of the dirty seed articles, read where they live: one Simplified with chrome, one Traditional without a title. */
const SEEDS = ['000_9b9a8101bb4c71b3.txt', '002_6e47c956184a2b0b.txt'].map((name) => path.join(SEEDS_DIR, name))

describe('admin import of old articles', () => {
  const adminUrl = inject('adminUrl')
  let browser: Browser

  // Wide enough for the admin to show its navigation open.
  const logIn = async (email: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage()
    return logInToAdmin(page, adminUrl, email, { timeout: 60_000 })
  }

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  it('should let an editor upload, preview and confirm, and land the articles as drafts', async () => {
    const page = await logIn('editor@demo.example')
    await page.locator('nav').getByRole('link', { name: '导入旧文章' }).click()
    await page.waitForURL(`${adminUrl}/admin/import`)
    await page.getByLabel('文章文件').setInputFiles(SEEDS)
    await page.getByRole('button', { name: '预览' }).click()

    const preview = page.getByRole('table', { name: '导入预览' })
    await preview.waitFor({ timeout: 60_000 })
    await expect(preview.getByRole('cell', { name: '可导入' }).count()).resolves.toBe(2)
    await expect(preview.getByText('打通壁垒形成合力 岳阳市召开“一部一站”紧密协作工作推进会').isVisible()).resolves.toBe(true)
    await expect(preview.getByText('2024-07-09 01:22').isVisible()).resolves.toBe(true)

    await page.getByRole('button', { name: '确认导入 2 篇为草稿' }).click()
    // The import runs as a job: the view becomes its progress view, at an address of its own.
    await page.waitForURL(/\/admin\/import\?report=[^&]+$/u, { timeout: 60_000 })
    const progressUrl = page.url()
    // Leave it, and come back to it.
    await page.goto(`${adminUrl}/admin`)
    await page.goto(progressUrl)
    await expect(page.getByRole('heading', { name: '导入进度' }).isVisible()).resolves.toBe(true)
    const result = page.getByRole('table', { name: '导入结果' })
    await result.waitFor({ timeout: 60_000 })
    await expect(page.getByText('导入完成:已导入 2 篇').isVisible()).resolves.toBe(true)
    await expect(result.getByRole('link', { name: '打通壁垒形成合力 岳阳市召开“一部一站”紧密协作工作推进会' }).isVisible()).resolves.toBe(true)
    const { violations } = await new AxeBuilder({ page }).include('.va-import').withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()
    expect(violations.map((violation) => violation.id)).toEqual([])
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOTS, 'import-progress-done.png'), fullPage: true })

    await page.getByRole('link', { name: '查看导入报告' }).click()
    await page.waitForURL(/\/admin\/collections\/importReports\/[^/]+$/u)
    await page.goto(`${adminUrl}/api/news?where[importRecord.sourceFile][equals]=000_9b9a8101bb4c71b3.txt&draft=true&depth=0`)
    const body = JSON.parse(await page.locator('body').innerText()) as { docs: { _status: string }[] }
    expect(body.docs.map((doc) => doc._status)).toEqual(['draft'])
  })

  it('should quote in the preview a line it suspects of being page residue', async () => {
    const page = await logIn('editor@demo.example')
    await page.goto(`${adminUrl}/admin/import`)
    await page.getByLabel('文章文件').setInputFiles(path.resolve('tests/fixtures/import-corpus/residue-02.txt'))
    await page.getByRole('button', { name: '预览' }).click()
    const preview = page.getByRole('table', { name: '导入预览' })
    await preview.waitFor({ timeout: 60_000 })
    await expect(preview.getByText('可能是网页残留,请确认后删除:“阅读量 1.5万 | 点赞 36”').isVisible()).resolves.toBe(true)
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOTS, 'import-residue.png'), fullPage: true })
  })

  it('should offer the import above the news list', async () => {
    const page = await logIn('editor@demo.example')
    await page.goto(`${adminUrl}/admin/collections/news`)
    await page.locator('.va-import-entry').getByRole('link', { name: '导入旧文章' }).click()
    await page.waitForURL(`${adminUrl}/admin/import`)
  })

  it('should skip the same files on a second import and say why', async () => {
    const page = await logIn('editor@demo.example')
    await page.goto(`${adminUrl}/admin/import`)
    await page.getByLabel('文章文件').setInputFiles(SEEDS)
    await page.getByRole('button', { name: '预览' }).click()
    const preview = page.getByRole('table', { name: '导入预览' })
    await preview.waitFor({ timeout: 60_000 })
    await expect(preview.getByRole('cell', { name: '将跳过' }).count()).resolves.toBe(2)
    await expect(page.getByRole('button', { name: /确认导入/u }).count()).resolves.toBe(0)
  })

  it('should keep the import view free of WCAG A/AA violations', async () => {
    const page = await logIn('editor@demo.example')
    await page.goto(`${adminUrl}/admin/import`)
    await page.getByLabel('文章文件').waitFor()
    const { violations } = await new AxeBuilder({ page }).include('.va-import').withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()
    expect(violations.map((violation) => violation.id)).toEqual([])
  })

  it('should not offer the import to station staff', async () => {
    const page = await logIn('station@demo.example')
    await expect(page.getByRole('link', { name: '导入旧文章' }).count()).resolves.toBe(0)
    await page.goto(`${adminUrl}/admin/collections/news`)
    await page.getByRole('heading', { name: '新闻' }).first().waitFor()
    await expect(page.getByRole('link', { name: '导入旧文章' }).count()).resolves.toBe(0)
    await page.goto(`${adminUrl}/admin/import`)
    await expect(page.getByText('只有内容编辑人员可以导入文章。').isVisible()).resolves.toBe(true)
    const response = await page.request.post(`${adminUrl}/api/importReports/run`, { multipart: { files: { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('标题\n正文内容足够长的一段文字,用来确认服务站人员无法导入文章。') } } })
    expect(response.status()).toBe(403)
  })
})
