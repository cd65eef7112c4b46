import { mkdirSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken } from '../helpers/adminApi'
import { launchBrowser, logInToAdmin } from '../helpers/browser'

/** Where the screenshots of the handler's queue and case screen go, when asked for (SHOTS_DIR). */
const shotsDir = process.env.SHOTS_DIR

/** A veteran's enquiry, sent the way the form's island sends it, from a page of the site. */
const submitEnquiry = async (page: Page, siteUrl: string, subject: string): Promise<string> => {
  await page.goto(`${siteUrl}/enquiry`)
  const answer = await page.evaluate(async (title) => {
    const challenge = (await (await fetch('/enquiry/api/challenge')).json()) as { token: string; question: string }
    const [a, b] = challenge.question.match(/\d+/g)!.map(Number)
    const response = await fetch('/enquiry/api/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'help',
        subject: title,
        body: '我家老人的优抚金这个月没有到账,麻烦帮忙查一下是什么原因。',
        name: '孙大伯',
        phone: `136${String(Date.now()).slice(-8)}`,
        consent: true,
        submissionKey: crypto.randomUUID(),
        challenge: challenge.token,
        answer: String(a + b),
      }),
    })
    return (await response.json()) as { trackingCode?: string }
  }, subject)
  if (!answer.trackingCode) throw new Error(`submission refused: ${JSON.stringify(answer)}`)
  return answer.trackingCode
}

/** A case handler works a new enquiry in the admin with the action buttons. */
describe('case handling in the admin', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  let browser: Browser
  let caseId: string

  beforeAll(async () => {
    browser = await launchBrowser()
    const page = await browser.newPage()
    const code = await submitEnquiry(page, siteUrl, '优抚金本月没有到账')
    const authorization = `JWT ${await apiToken(adminUrl, 'handler@demo.example')}`
    const found = await (await fetch(`${adminUrl}/api/enquiries?where[trackingCode][equals]=${code}&depth=0`, { headers: { authorization } })).json()
    caseId = String(found.docs[0].id)
    await page.close()
  }, 120_000)
  afterAll(() => browser?.close())

  it('should show the handler the queue on the start page, with a link to the new enquiries', { timeout: 120_000 }, async () => {
    const page = await logInToAdmin(await browser.newPage(), adminUrl, 'handler@demo.example', { timeout: 60_000 })
    const waiting = page.getByTestId('case-queue-submitted')
    await waiting.waitFor({ timeout: 60_000 })
    expect(Number.parseInt((await waiting.locator('strong').innerText()).trim(), 10)).toBeGreaterThanOrEqual(1)
    for (const queue of ['dueSoon', 'overdue', 'mine']) await page.getByTestId(`case-queue-${queue}`).waitFor({ timeout: 30_000 })
    if (shotsDir) {
      mkdirSync(shotsDir, { recursive: true })
      await page.screenshot({ path: `${shotsDir}/handler-queue.png`, fullPage: true })
    }
    await waiting.click()
    // The queue lists the oldest first; other tests' enquiries may fill the first page, so show them all.
    await page.waitForURL(/\/collections\/enquiries\?.*status/, { timeout: 60_000 })
    await page.goto(`${page.url()}&limit=200`)
    await page.getByText('优抚金本月没有到账').first().waitFor({ timeout: 60_000 })
  })

  it('should offer only the allowed actions, refuse one beside its field in Chinese, and move the state with another', { timeout: 240_000 }, async () => {
    const page = await logInToAdmin(await browser.newPage(), adminUrl, 'handler@demo.example', { timeout: 60_000 })
    // The actions save through their endpoint only, never by also saving the whole case form.
    const formSaves: string[] = []
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes(`/api/enquiries/${caseId}`) && !request.url().endsWith('/handle')) formSaves.push(request.url())
    })
    await page.goto(`${adminUrl}/admin/collections/enquiries/${caseId}`)
    const actions = page.getByRole('group', { name: '办理' })
    await actions.getByRole('button', { name: '受理', exact: true }).waitFor({ timeout: 60_000 })
    expect((await actions.getByRole('button').allInnerTexts()).map((text) => text.trim())).toEqual(['受理', '不予受理'])

    await actions.getByRole('button', { name: '不予受理', exact: true }).click()
    await page.getByRole('button', { name: '确认不予受理' }).click()
    const refusal = page.getByTestId('case-action-error-declineReason')
    await refusal.waitFor({ timeout: 60_000 })
    expect(await refusal.textContent()).toContain('不予受理必须填写理由')
    // Beside its field: inside the reason field's own box.
    expect(await page.locator('#field-caseAction__declineReason').locator('xpath=ancestor::div[contains(@class,"field-type")]').getByTestId('case-action-error-declineReason').count()).toBe(1)
    if (shotsDir) await page.screenshot({ path: `${shotsDir}/handler-case-refused.png`, fullPage: true })
    expect(await page.locator('body').innerText()).not.toMatch(/The following field is invalid|declineReason/)
    await page.locator('form').filter({ has: page.getByRole('button', { name: '确认不予受理' }) }).getByRole('button', { name: '取消' }).click()

    await actions.getByRole('button', { name: '受理', exact: true }).click()
    await page.getByRole('button', { name: '确认受理' }).click()
    await actions.getByRole('button', { name: '转办/分派' }).waitFor({ timeout: 60_000 })
    expect((await actions.getByRole('button').allInnerTexts()).map((text) => text.trim())).toEqual(['转办/分派', '延期'])
    await page.getByText('现在是“已受理”').waitFor({ timeout: 30_000 })
    if (shotsDir) await page.screenshot({ path: `${shotsDir}/handler-case-accepted.png`, fullPage: true })
    expect(formSaves).toEqual([])
    expect(await page.locator('body').innerText()).not.toMatch(/The following field is invalid|不能从当前状态/)
  })
})
