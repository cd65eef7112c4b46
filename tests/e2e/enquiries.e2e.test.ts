import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/payload/seed/demoUsers'
import { launchBrowser, logInToAdmin } from '../helpers/browser'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Receipt = { code: string; secret: string }

/** A 1×1 PNG. */
const PHOTO = { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64') }

/** A veteran submits and tracks; handlers work the case in the back office; another station cannot. */
describe('enquiries end to end', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  let browser: Browser
  let receipt: Receipt
  let caseId: string

  const login = async (email: string, password = DEMO_PASSWORD) => {
    const response = await fetch(`${adminUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const { token, user } = (await response.json()) as { token: string; user: { id: string; station?: string | { id: string } } }
    return { headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, user }
  }
  const fillForm = async (page: Page, phone: string) => {
    await page.getByLabel('咨询', { exact: true }).check()
    await page.getByLabel('标题', { exact: true }).fill('优待证在哪里办理')
    await page.getByLabel('留言内容', { exact: true }).fill('我是退役军人,请问退役军人优待证在哪里办理,需要带哪些材料?')
    await page.getByLabel('姓名', { exact: true }).fill('王建军')
    await page.getByLabel('手机号码', { exact: true }).fill(phone)
    await page.getByLabel(/我已阅读并同意/).check()
  }
  const track = async (page: Page, { code, secret }: Receipt) => {
    await page.goto(`${siteUrl}/enquiry/track`)
    await page.getByLabel('查询码').fill(code)
    await page.getByLabel('查询密码').fill(secret)
    await page.getByRole('button', { name: '查询' }).click()
    return page.getByTestId('case-status').textContent()
  }

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  it('should let a veteran submit with JavaScript, with a photo, and get a tracking code and secret', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/enquiry`)
    await page.waitForSelector('astro-island:not([ssr])')
    await fillForm(page, '13812345678')
    await page.getByLabel(/附件/).setInputFiles(PHOTO)
    await page.getByRole('button', { name: '提交留言' }).click()
    const code = (await page.getByTestId('tracking-code').textContent({ timeout: 20_000 }))!.trim()
    const secret = (await page.getByTestId('tracking-secret').textContent())!.trim()
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    await expect(page.getByTestId('receipt-email').textContent()).resolves.toContain('没有发送确认邮件')
    expect(await page.locator('#va-receipt').getByRole('link', { name: '查询办理进度' }).getAttribute('href')).toBe(`/enquiry/track?code=${code}`)
    receipt = { code, secret }
  })

  it('should show field errors next to the fields before anything is sent', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/enquiry`)
    await page.waitForSelector('astro-island:not([ssr])')
    await page.getByLabel('手机号码', { exact: true }).fill('12345')
    await page.getByRole('button', { name: '提交留言' }).click()
    await expect(page.locator('#enquiry-phone-error').textContent()).resolves.toContain('11 位手机号码')
    expect(await page.getByLabel('手机号码', { exact: true }).getAttribute('aria-invalid')).toBe('true')
    await expect(page.locator('.va-error-summary a').first().textContent()).resolves.toContain('留言类别')
  })

  it('should work without JavaScript through a normal form post', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/enquiry`)
    await fillForm(page, '13912345678')
    const question = (await page.locator('label[for="enquiry-answer"]').textContent())!
    const [a, b] = question.match(/\d+/g)!.map(Number)
    await page.getByLabel(/验证问题/).fill(String(a + b))
    await page.getByLabel(/附件/).setInputFiles(PHOTO)
    await page.getByRole('button', { name: '提交留言' }).click()
    await expect(page.getByTestId('tracking-code').textContent()).resolves.toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    await context.close()
  })

  it('should keep the attachment of a submission sent back without JavaScript, store it with the corrected one, and lead to tracking with the code filled in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/enquiry`)
    await fillForm(page, '13612345678')
    await page.getByLabel(/验证问题/).fill('999')
    await page.getByLabel(/附件/).setInputFiles(PHOTO)
    await page.getByRole('button', { name: '提交留言' }).click()
    await expect(page.locator('#enquiry-answer-error').textContent()).resolves.toBeTruthy()
    await expect(page.getByTestId('kept-attachment').textContent()).resolves.toBe('已上传:photo.png')
    await expect(page.getByLabel('移除这个附件').isChecked()).resolves.toBe(false)
    const question = (await page.locator('label[for="enquiry-answer"]').textContent())!
    const [a, b] = question.match(/\d+/g)!.map(Number)
    await page.getByLabel(/验证问题/).fill(String(a + b))
    await page.getByRole('button', { name: '提交留言' }).click()
    const code = (await page.getByTestId('tracking-code').textContent())!.trim()
    const secret = (await page.getByTestId('tracking-secret').textContent())!.trim()
    await expect(page.getByTestId('receipt-email').textContent()).resolves.toContain('您没有填写电子邮箱,所以没有发送确认邮件')

    const admin = await login('admin@demo.example')
    const found = await (await fetch(`${adminUrl}/api/enquiries?where[trackingCode][equals]=${code}&depth=0`, { headers: admin.headers })).json()
    const attachments = await (await fetch(`${adminUrl}/api/enquiryAttachments?where[enquiry][equals]=${found.docs[0].id}&depth=0`, { headers: admin.headers })).json()
    expect(attachments.totalDocs).toBe(1)

    await page.locator('#va-receipt').getByRole('link', { name: '查询办理进度' }).click()
    expect(new URL(page.url()).searchParams.get('code')).toBe(code)
    await expect(page.getByRole('textbox', { name: '查询码', exact: true }).inputValue()).resolves.toBe(code)
    await page.getByLabel('查询密码').fill(secret.toLowerCase())
    await page.getByRole('button', { name: '查询' }).click()
    await expect(page.getByTestId('case-status').textContent()).resolves.toBe('待受理')
    await expect(page.getByTestId('case-deadline').textContent()).resolves.toMatch(/^最迟在 \d{4}年\d{1,2}月\d{1,2}日\(北京时间\)告知您是否受理/)
    await context.close()
  })

  it('should accept the tracking code typed in lower case with a full-width dash, and tell a malformed one by its form', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/enquiry/track`)
    await page.getByRole('textbox', { name: '查询码', exact: true }).fill(receipt.code.replace('-', '－').toLowerCase())
    await page.getByLabel('查询密码').fill(receipt.secret)
    await page.getByRole('button', { name: '查询' }).click()
    await expect(page.getByTestId('case-status').textContent()).resolves.toBe('待受理')
    await page.getByRole('textbox', { name: '查询码', exact: true }).fill('K7Q2M-9XR4')
    await page.getByLabel('查询密码').fill(receipt.secret)
    await page.getByRole('button', { name: '查询' }).click()
    await expect(page.locator('#track-code-error').textContent()).resolves.toContain('查询码的格式不对')
    expect(await page.getByRole('textbox', { name: '查询码', exact: true }).getAttribute('aria-invalid')).toBe('true')
  })

  it('should keep what was typed and say so when the server cannot store it', async () => {
    const page = await browser.newPage()
    await page.route('**/enquiry/api/submit', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ message: '系统暂时无法保存留言,您填写的内容没有丢失,请稍后再提交。' }) }),
    )
    await page.goto(`${siteUrl}/enquiry`)
    await page.waitForSelector('astro-island:not([ssr])')
    await fillForm(page, '13712345678')
    await page.getByRole('button', { name: '提交留言' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('没有丢失')
    await expect(page.getByLabel('留言内容', { exact: true }).inputValue()).resolves.toContain('优待证在哪里办理')
    await page.reload()
    await page.waitForSelector('astro-island:not([ssr])')
    await expect(page.getByLabel('留言内容', { exact: true }).inputValue()).resolves.toContain('优待证在哪里办理')
  })

  it('should show the submitter the status and no personal data', async () => {
    const page = await browser.newPage()
    await expect(track(page, receipt)).resolves.toBe('待受理')
    const text = await page.locator('main').textContent()
    expect(text).not.toContain('王建军')
    expect(text).not.toContain('13812345678')
  })

  it('should let a handler accept, assign and answer with a reply template', async () => {
    const admin = await login('admin@demo.example')
    const template = await (
      await fetch(`${adminUrl}/api/replyTemplates`, {
        method: 'POST',
        headers: admin.headers,
        body: JSON.stringify({ title: '优待证办理', body: '优待证由户籍所在地乡镇(街道)退役军人服务站受理,请携带身份证和退役证件。' }),
      })
    ).json()
    const handler = await login('handler@demo.example')
    const station = await login('station@demo.example')
    const stationId = typeof station.user.station === 'object' ? station.user.station!.id : station.user.station!
    const found = await (await fetch(`${adminUrl}/api/enquiries?where[trackingCode][equals]=${receipt.code}&depth=0`, { headers: handler.headers })).json()
    caseId = found.docs[0].id
    expect(found.docs[0].contact.phoneMasked).toBe('138****5678')
    const attachments = await (await fetch(`${adminUrl}/api/enquiryAttachments?where[enquiry][equals]=${caseId}&depth=0`, { headers: handler.headers })).json()
    expect(attachments.totalDocs).toBe(1)
    expect([403, 404]).toContain((await fetch(`${adminUrl}/api/enquiryAttachments/file/${attachments.docs[0].filename}`)).status)
    const patch = (data: Record<string, unknown>) =>
      fetch(`${adminUrl}/api/enquiries/${caseId}`, { method: 'PATCH', headers: handler.headers, body: JSON.stringify(data) }).then((response) => response.json())
    expect((await patch({ status: 'accepted' })).doc.status).toBe('accepted')
    expect((await patch({ station: stationId, handler: handler.user.id, assignmentNote: '请核实' })).doc.status).toBe('in_progress')
    const answered = await patch({ status: 'answered', reply: '王先生您好:', insertTemplate: template.doc.id })
    expect(answered.doc.reply).toContain('请携带身份证和退役证件')
  })

  it('should show the handler the case in the admin with the phone masked until revealed', async () => {
    const page = await browser.newPage()
    await logInToAdmin(page, adminUrl, 'handler@demo.example')
    await page.goto(`${adminUrl}/admin/collections/enquiries/${caseId}`)
    await expect(page.locator('#field-contact__phoneMasked').inputValue({ timeout: 30_000 })).resolves.toBe('138****5678')
    await page.getByRole('button', { name: /查看完整联系方式/ }).click()
    await expect(page.getByText('13812345678', { exact: true }).waitFor({ timeout: 15_000 })).resolves.toBeUndefined()
  })

  it('should show the veteran the answer', async () => {
    const page = await browser.newPage()
    await expect(track(page, receipt)).resolves.toBe('已答复')
    await expect(page.getByTestId('case-reply').textContent()).resolves.toContain('请携带身份证和退役证件')
  })

  it('should not let a handler of another station open the case', async () => {
    const admin = await login('admin@demo.example')
    const stations = await (await fetch(`${adminUrl}/api/stations?limit=50&depth=0`, { headers: admin.headers })).json()
    const station = await login('station@demo.example')
    const stationId = typeof station.user.station === 'object' ? station.user.station!.id : station.user.station!
    const other = stations.docs.find((item: { id: string }) => item.id !== stationId)
    await fetch(`${adminUrl}/api/users`, {
      method: 'POST',
      headers: admin.headers,
      body: JSON.stringify({ email: 'handler-other@e2e.example', name: '他站办理员', roles: ['caseHandler'], station: other.id, password: 'e2e-pass-2026' }),
    })
    const otherHandler = await login('handler-other@e2e.example', 'e2e-pass-2026')
    const read = await fetch(`${adminUrl}/api/enquiries/${caseId}`, { headers: otherHandler.headers })
    expect([403, 404]).toContain(read.status)
    const reveal = await fetch(`${adminUrl}/api/enquiries/${caseId}/reveal`, { method: 'POST', headers: otherHandler.headers })
    expect(reveal.status).toBe(403)
  })

  it('should find no accessibility violations on the enquiry pages', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    for (const url of ['/enquiry', '/enquiry/track', '/enquiry/privacy', '/enquiry/answers', '/enquiry/statistics']) {
      await page.goto(`${siteUrl}${url}`)
      const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze()
      for (const violation of result.violations) violations.push(`${url}: ${violation.id} ${violation.nodes[0]?.target.join(' ')}`)
    }
    await context.close()
    expect(violations).toEqual([])
  }, 120_000)
})
