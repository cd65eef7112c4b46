import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/payload/seed/demoUsers'
import { launchBrowser } from '../helpers/browser'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const OPEN = '/consultations/station-star-rating-2026'
const CLOSED = '/consultations/employment-measures-2025'
const POLICY = '/policies/np-employment-measures-2025'

/** 意见征集 on the public site: an opinion sent without JavaScript, the feedback of a closed one, both links to the policy. */
describe('consultations end to end', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  const noScript = async (run: (page: Page, context: BrowserContext) => Promise<void>) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    try {
      await run(await context.newPage(), context)
    } finally {
      await context.close()
    }
  }
  const answerTheSum = async (page: Page) => {
    const [a, b] = (await page.locator('label[for="opinion-answer"]').textContent())!.match(/\d+/g)!.map(Number)
    await page.getByLabel(/验证问题/).fill(String(a + b))
  }
  const editorApi = async () => {
    const response = await fetch(`${adminUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@demo.example', password: DEMO_PASSWORD }),
    })
    const { token } = (await response.json()) as { token: string }
    return (path: string) => fetch(`${adminUrl}/api${path}`, { headers: { authorization: `JWT ${token}` } }).then((answer) => answer.json())
  }

  it('should list the open consultation under 正在征集 and the closed one under 已结束的征集', async () => {
    await noScript(async (page) => {
      await page.goto(`${siteUrl}/consultations`)
      expect(await page.locator('section', { has: page.getByRole('heading', { name: '正在征集' }) }).locator(`a[href="${OPEN}"]`).count()).toBe(1)
      expect(await page.locator('section', { has: page.getByRole('heading', { name: '已结束的征集' }) }).locator(`a[href="${CLOSED}"]`).count()).toBe(1)
    })
  })

  it('should take an opinion without JavaScript, keeping what was typed when the check is answered wrong', async () => {
    const text = `建议把回访人数写成不少于 30 人,并公布回访电话。${Date.now()}`
    await noScript(async (page) => {
      await page.goto(`${siteUrl}${OPEN}`)
      await page.getByLabel('您的意见').fill(text)
      await page.getByLabel('姓名', { exact: true }).fill('赵志刚')
      await page.getByLabel('手机号码', { exact: true }).fill('13512340000')
      await page.getByLabel(/我已阅读并同意/).check()
      await page.getByLabel(/验证问题/).fill('999')
      await page.getByRole('button', { name: '提交意见' }).click()
      await expect(page.locator('#opinion-answer-error').textContent()).resolves.toContain('验证问题回答不正确')
      await expect(page.getByLabel('您的意见').inputValue()).resolves.toBe(text)
      await expect(page.getByLabel('手机号码', { exact: true }).inputValue()).resolves.toBe('13512340000')
      await answerTheSum(page)
      await page.getByRole('button', { name: '提交意见' }).click()
      await expect(page.getByRole('status').textContent()).resolves.toContain('您的意见已经提交')
    })
    const api = await editorApi()
    const stored = await api(`/consultationOpinions?where[body][equals]=${encodeURIComponent(text)}&depth=0`)
    expect(stored.totalDocs).toBe(1)
    expect(stored.docs[0].contact.phoneMasked).toBe('135****0000')
    expect(JSON.stringify(stored)).not.toContain('13512340000')
    // The public never reads opinions.
    expect((await fetch(`${adminUrl}/api/consultationOpinions`)).status).toBe(403)
  })

  it('should show the feedback of a closed consultation, offer no form, refuse a posted opinion, and link to the final policy both ways', async () => {
    await noScript(async (page) => {
      await page.goto(`${siteUrl}${CLOSED}`)
      await expect(page.locator('.va-feedback').textContent()).resolves.toContain('共收到意见 23 条,采纳或部分采纳 9 条')
      expect(await page.locator('form.va-enquiry-form').count()).toBe(0)
      await page.locator(`a[href="${POLICY}"]`).first().click()
      expect(await page.locator(`a[href="${CLOSED}"]`).count()).toBe(1)
    })
    const challenge = await fetch(`${siteUrl}${OPEN}`).then((answer) => answer.text())
    const token = challenge.match(/name="challenge" value="([^"]+)"/)![1]
    const posted = await fetch(`${siteUrl}${CLOSED}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl },
      body: new URLSearchParams({ body: '截止以后提交的意见', name: '钱', phone: '13512349999', consent: 'on', challenge: token, answer: '1', submissionKey: crypto.randomUUID() }),
    })
    expect(posted.status).toBe(403)
    expect(await posted.text()).toContain('不能再提交意见')
  })

  it('should pass axe and ship no JavaScript in every display mode', async () => {
    const violations: string[] = []
    for (const cookie of [null, { name: 'va-elderly', value: 'on' }, { name: 'va-script', value: 'hant' }]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      if (cookie) await context.addCookies([{ ...cookie, url: siteUrl }])
      const page = await context.newPage()
      for (const path of ['/consultations', OPEN, CLOSED]) {
        await page.goto(`${siteUrl}${path}`)
        expect(await page.locator('script').count()).toBe(0)
        const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze()
        for (const violation of result.violations) violations.push(`${cookie?.name ?? 'normal'} ${path}: ${violation.id} ${violation.nodes[0]?.target.join(' ')}`)
        if (process.env.SHOTS_DIR && cookie?.name === 'va-elderly') {
          await page.screenshot({ path: `${process.env.SHOTS_DIR}/${path.split('/').pop()}-elderly-390.png`, fullPage: true })
        }
      }
      await context.close()
    }
    expect(violations).toEqual([])
  })
})
