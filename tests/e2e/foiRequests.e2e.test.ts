import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { apiToken } from '../helpers/adminApi'
import { launchBrowser, logInToAdmin, usePhoneReader } from '../helpers/browser'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The written sum of the form's anti-abuse check, worked out as a person would. */
const answerTheSum = async (page: Page) => {
  const question = (await page.locator('label[for="foi-answer"]').textContent()) ?? ''
  const [a, b] = question.match(/\d+/g)!.map(Number)
  await page.getByLabel(/验证问题/).fill(String(a + b))
}

/**
 * 依申请公开 as an applicant on a phone with no JavaScript and a handler in the admin would use
 * it: the form (errors named, nothing typed lost), the receipt, 补正 shown on the tracking page
 * with the clock stopped, the clarified request, an extension with its reason, the answer and its
 * printable 告知书.
 */
describe('依申请公开 end to end', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  const open = usePhoneReader(siteUrl)

  const track = async (code: string, secret: string) => {
    const page = await open(`/xxgk/apply/track?code=${code}`)
    expect(await page.getByLabel('查询码').inputValue()).toBe(code)
    await page.getByLabel('查询密码').fill(secret)
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.getByTestId('foi-status').waitFor()
    return page
  }

  it('should take a request from the form with no script, name each error, and lead the applicant to its 告知书', { timeout: 240_000 }, async () => {
    const page = await open('/xxgk/apply')
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('.va-breadcrumb li').allTextContents()).toEqual(['首页', '政务公开', '政府信息公开', '依申请公开'])

    // Sent incomplete: each error named at the top and beside its field, what was typed kept.
    await page.getByLabel('姓名或名称').fill('吴申请')
    await page.getByLabel('电子邮件', { exact: true }).check()
    await page.getByRole('button', { name: '提交申请' }).click()
    await page.getByRole('alert').waitFor()
    const summary = (await page.getByRole('alert').textContent()) ?? ''
    for (const text of ['证件号码', '所需信息', '手机号码', '个人信息保护说明', '电子邮箱:选择电子邮件方式时,请填写电子邮箱']) expect(summary).toContain(text)
    expect(await page.getByLabel('姓名或名称').inputValue()).toBe('吴申请')
    expect(await page.title()).toMatch(/^错误:/)

    await page.getByLabel('证件号码').fill('11010519491231002x')
    await page.getByLabel('手机号码').fill('13512345678')
    await page.getByLabel(/^电子邮箱/).fill('wu@example.com')
    await page.getByLabel('所需信息的名称、文号或内容描述').fill('本县退役军人服务中心 2025 年度走访慰问经费的使用明细')
    await page.getByLabel(/我已阅读并同意/).check()
    await answerTheSum(page)
    await page.getByRole('button', { name: '提交申请' }).click()
    await page.getByTestId('tracking-code').waitFor()
    const code = (await page.getByTestId('tracking-code').textContent())!.trim()
    const secret = (await page.getByTestId('tracking-secret').textContent())!.trim()
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)

    const received = await track(code, secret)
    expect(await received.getByTestId('foi-status').textContent()).toBe('办理中')
    expect(await received.getByTestId('foi-due').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} 前$/)

    // The handler asks for 补正 in the admin: choose the step, write what to clarify, save.
    const browser = await launchBrowser()
    const admin = await browser.newPage()
    try {
      await logInToAdmin(admin, adminUrl, 'handler@demo.example', { timeout: 90_000 })
      const authorization = `JWT ${await apiToken(adminUrl, 'handler@demo.example')}`
      const found = await fetch(`${adminUrl}/api/foiRequests?where[trackingCode][equals]=${code}&depth=0`, { headers: { authorization } })
      const id = ((await found.json()) as { docs: { id: string }[] }).docs[0].id
      await admin.goto(`${adminUrl}/admin/collections/foiRequests/${id}`)
      await admin.locator('#field-step__action').waitFor({ timeout: 90_000 })
      await admin.locator('#field-step__action').click()
      await admin.getByText('告知补正', { exact: true }).click()
      await admin.locator('#field-step__note').fill('请写明所需的是哪个季度的明细。')
      const saved = admin.waitForResponse((response) => response.url().includes(`/api/foiRequests/${id}`) && response.request().method() === 'PATCH', { timeout: 60_000 })
      await admin.getByRole('button', { name: '保存', exact: true }).click()
      expect((await saved).status()).toBe(200)

      const clarifying = await track(code, secret)
      expect(await clarifying.getByTestId('foi-status').textContent()).toBe('待申请人补正')
      expect(await clarifying.getByTestId('foi-clarification').textContent()).toContain('请写明所需的是哪个季度的明细。')
      expect(await clarifying.getByTestId('foi-due').count()).toBe(0)

      // The clarified request, an extension with its reason, then the answer (the REST API, as the admin's form sends it).
      const patch = async (data: unknown) => {
        const response = await fetch(`${adminUrl}/api/foiRequests/${id}`, { method: 'PATCH', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(data) })
        return { status: response.status, body: JSON.stringify(await response.json()) }
      }
      expect((await patch({ step: { action: 'clarificationReceived' } })).status).toBe(200)
      expect((await patch({ step: { action: 'extended', days: 5, reason: '需要向财务室调取凭证' } })).status).toBe(200)
      const extended = await track(code, secret)
      expect(await extended.getByTestId('foi-extension').textContent()).toBe('延长 5 个工作日。理由:需要向财务室调取凭证')
      const refused = await patch({ step: { action: 'answered' }, answer: { type: 'withhold' } })
      expect(refused.status).toBe(400)
      expect(refused.body).toContain('请选择不予公开的理由')
      const answered = await patch({ step: { action: 'answered' }, answer: { type: 'disclose', provided: '走访慰问经费使用明细表一份,已发送至您的电子邮箱。' } })
      expect(answered.status).toBe(200)

      // The handler prints the 告知书, addressed to the applicant by name, from the request's page.
      await admin.goto(`${adminUrl}/admin/collections/foiRequests/${id}`)
      const link = admin.getByTestId('foi-print-notice')
      await link.waitFor({ timeout: 90_000 })
      // Opened as a person opens it: the link, in a new tab (the browser's own headers carry the session).
      const [printed] = await Promise.all([admin.waitForEvent('popup', { timeout: 60_000 }), link.click()])
      await printed.locator('h1').waitFor({ timeout: 60_000 })
      expect(await printed.locator('h1').textContent()).toBe('政府信息公开申请答复告知书(予以公开)')
      expect(await printed.locator('main').textContent()).toContain('吴申请:')
    } finally {
      await browser.close()
    }

    const done = await track(code, secret)
    expect(await done.getByTestId('foi-status').textContent()).toBe('已答复')
    expect(await done.getByTestId('foi-answer').textContent()).toContain('予以公开')
    await done.getByRole('button', { name: '查看并打印答复告知书' }).click()
    await done.getByTestId('foi-notice').waitFor()
    const notice = (await done.getByTestId('foi-notice').textContent()) ?? ''
    expect(await done.locator('h1').textContent()).toBe('政府信息公开申请答复告知书(予以公开)')
    for (const text of [code, '走访慰问经费使用明细表一份', '60 日内依法申请行政复议', '6 个月内依法向人民法院提起行政诉讼']) expect(notice).toContain(text)
    expect(notice).not.toContain('吴申请')
    expect(await done.locator('script').count()).toBe(0)
  })

  it('should refuse a wrong secret with one message, and open no 告知书 without the secret', async () => {
    const page = await open('/xxgk/apply/track?code=YSQ2E-GKHPR')
    await page.getByLabel('查询密码').fill('WRONG222')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('查询码或查询密码不正确')
    // Posted as the page's form posts it (same origin: the site refuses a cross-site form post).
    const notice = await fetch(`${siteUrl}/xxgk/apply/notice`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl }, body: 'code=YSQ2E-GKHPR&secret=WRONG222' })
    expect(notice.status).toBe(404)
    expect(await notice.text()).not.toContain('告知书(予以公开)')
  })

  it('should show the demo requests in their states: 补正 with the clock stopped, an extension, an answer', async () => {
    const clarifying = await track('YSQ2B-BUZHE', 'DEMO2026')
    expect(await clarifying.getByTestId('foi-status').textContent()).toBe('待申请人补正')
    const extended = await track('YSQ2D-YANQ9', 'DEMO2026')
    expect(await extended.getByTestId('foi-extension').textContent()).toContain('延长 15 个工作日')
    const unable = await track('YSQ2F-WUFAT', 'DEMO2026')
    expect(await unable.getByTestId('foi-answer').textContent()).toContain('无法提供')
  })

  for (const [url, mode] of [['/xxgk/apply', 'elderly'], ['/xxgk/apply/track', 'normal'], ['/xxgk/apply', 'traditional']] as const) {
    it(`should find no accessibility violations on ${url} (${mode})`, async () => {
      const page = await open(url, mode, true)
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([])
    })
  }

  it('should find no accessibility violations on a tracking page that shows an answer', async () => {
    const page = await open('/xxgk/apply/track?code=YSQ2E-GKHPR', 'normal', true)
    await page.getByLabel('查询密码').fill('DEMO2026')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.getByTestId('foi-answer').waitFor()
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
})
