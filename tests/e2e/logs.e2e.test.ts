import { randomInt } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { idCardCheckChar } from '../../src/payload/cases/domain/personalData'
import { DEMO_PASSWORD } from '../../src/payload/seed/demoUsers'
import { launchBrowser } from '../helpers/browser'

/**
 * Issue 18: every process logs JSON lines (src/payload/log.ts), the site and the admin one access
 * line per request with its request id, and personal data never reaches a log. An enquiry runs
 * from a citizen's first, refused attempt through tracking to the handler revealing the contact;
 * then every log file of the stack (LOG_DIR, tests/helpers/e2eGlobalSetup.ts) is searched for the
 * phone number, the ID number, the name, the text and the tracking secret.
 */
describe('logs', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  const logDir = path.join(inject('dataDir'), 'logs')
  let browser: Browser

  // Unique values: found in a log, they can only have come from this run.
  const phone = `137${String(randomInt(1e7, 1e8))}`
  const idBase = `110105${1950 + randomInt(0, 40)}0${randomInt(1, 10)}1${randomInt(0, 10)}${String(randomInt(100, 1000))}`
  const idCard = `${idBase}${idCardCheckChar(idBase)}`
  const name = '欧阳测试'
  const body = `日志检查专用留言,编号${randomInt(1e5, 1e6)},请问优待证怎么办理?`

  const logFiles = () => (existsSync(logDir) ? readdirSync(logDir).filter((file) => file.endsWith('.log')) : [])
  /** The lines written so far: a line being appended while this reads is left for the next read. */
  const completeLines = (file: string) => {
    const text = readFileSync(path.join(logDir, file), 'utf8')
    return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean)
  }
  const allLogs = () => logFiles().map((file) => readFileSync(path.join(logDir, file), 'utf8')).join('\n')
  const accessLines = (service: string) =>
    completeLines(`${service}.log`)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.kind === 'access')

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('should write every process as JSON lines, with an access line per request carrying the request id', { timeout: 60_000 }, async () => {
    expect(logFiles().sort()).toEqual(expect.arrayContaining(['admin.log', 'jobs.log', 'prepare.log', 'site.log', 'start.log']))
    for (const file of logFiles()) {
      for (const line of completeLines(file)) expect(() => JSON.parse(line), `${file}: ${line.slice(0, 120)}`).not.toThrow()
    }
    // The id nginx (or a load balancer) sends is kept, answered back, and written on the access line.
    const response = await fetch(`${siteUrl}/policies?topic=x`, { headers: { 'x-request-id': 'logs-e2e-0001' } })
    expect(response.headers.get('x-request-id')).toBe('logs-e2e-0001')
    const made = (await fetch(`${siteUrl}/`)).headers.get('x-request-id')
    expect(made).toMatch(/^[0-9a-f-]{36}$/)
    await expect.poll(() => accessLines('site').find((line) => line.requestId === 'logs-e2e-0001'), { timeout: 15_000 }).toMatchObject({
      method: 'GET',
      path: '/policies',
      status: 200,
      cache: expect.stringMatching(/^(HIT|MISS|STALE)$/),
    })
    // Written asynchronously: the line follows the answer by a moment.
    await expect.poll(() => accessLines('site').find((line) => line.requestId === made), { timeout: 15_000 }).toMatchObject({ path: '/', status: 200 })
    const adminAnswer = await fetch(`${adminUrl}/api/healthz`, { headers: { 'x-request-id': 'logs-e2e-0002' } })
    expect(adminAnswer.headers.get('x-request-id')).toBe('logs-e2e-0002')
    await expect.poll(() => accessLines('admin').find((line) => line.requestId === 'logs-e2e-0002'), { timeout: 15_000 }).toMatchObject({ path: '/api/healthz', status: 200 })
    // Never a query string.
    expect(JSON.stringify(accessLines('site'))).not.toContain('topic=x')
  })

  it('should keep the phone number, ID number, name, text and tracking secret of an enquiry out of every log', { timeout: 240_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/enquiry`)
    await page.getByLabel('咨询', { exact: true }).check()
    await page.getByLabel('标题', { exact: true }).fill('优待证办理咨询')
    await page.getByLabel('留言内容', { exact: true }).fill(body)
    await page.getByLabel('姓名', { exact: true }).fill(name)
    await page.getByLabel('手机号码', { exact: true }).fill(phone)
    await page.getByLabel(/身份证号码/).fill(idCard)
    await page.getByLabel(/我已阅读并同意/).check()
    // First a wrong answer: the form comes back with everything typed (the values pass through the server once more).
    await page.getByLabel(/验证问题/).fill('999')
    await page.getByRole('button', { name: '提交留言' }).click()
    await expect(page.getByLabel('手机号码', { exact: true }).inputValue()).resolves.toBe(phone)
    const question = (await page.locator('label[for="enquiry-answer"]').textContent())!
    const [a, b] = question.match(/\d+/g)!.map(Number)
    await page.getByLabel(/验证问题/).fill(String(a + b))
    await page.getByRole('button', { name: '提交留言' }).click()
    const code = (await page.getByTestId('tracking-code').textContent())!.trim()
    const secret = (await page.getByTestId('tracking-secret').textContent())!.trim()
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)

    // Tracking, as the citizen does it.
    await page.goto(`${siteUrl}/enquiry/track`)
    await page.getByLabel('查询码').fill(code)
    await page.getByLabel('查询密码').fill(secret)
    await page.getByRole('button', { name: '查询' }).click()
    await expect(page.getByTestId('case-status').textContent()).resolves.toBe('待受理')
    await context.close()

    // The handler takes the case and reveals the full contact: personal data passes through the admin.
    const login = async (email: string) => {
      const answer = await fetch(`${adminUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) })
      const { token, user } = (await answer.json()) as { token: string; user: { id: string } }
      return { headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, user }
    }
    const handler = await login('handler@demo.example')
    const station = await login('station@demo.example')
    const stationId = ((await (await fetch(`${adminUrl}/api/users/${station.user.id}?depth=0`, { headers: station.headers })).json()) as { station: string }).station
    const found = (await (await fetch(`${adminUrl}/api/enquiries?where[trackingCode][equals]=${code}&depth=0`, { headers: handler.headers })).json()) as { docs: { id: string }[] }
    const caseId = found.docs[0]!.id
    const patch = (data: Record<string, unknown>) => fetch(`${adminUrl}/api/enquiries/${caseId}`, { method: 'PATCH', headers: handler.headers, body: JSON.stringify(data) })
    expect((await patch({ status: 'accepted' })).status).toBe(200)
    expect((await patch({ station: stationId, handler: handler.user.id, assignmentNote: '请核实' })).status).toBe(200)
    const revealed = await fetch(`${adminUrl}/api/enquiries/${caseId}/reveal`, { method: 'POST', headers: handler.headers })
    expect(revealed.status).toBe(200)
    expect(JSON.stringify(await revealed.json())).toContain(phone)

    // Every request of the run has its access line (the logs are written asynchronously)...
    await expect.poll(() => accessLines('admin').some((line) => line.path === `/api/enquiries/${caseId}/reveal`), { timeout: 15_000 }).toBe(true)
    await expect.poll(() => accessLines('site').filter((line) => line.method === 'POST' && String(line.path).startsWith('/enquiry')).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3)
    // ...and not one line anywhere holds what the citizen typed.
    const logs = allLogs()
    expect(logs.length).toBeGreaterThan(0)
    for (const [what, value] of Object.entries({ phone, idCard, name, body, secret })) expect(logs.includes(value), `${what} in the logs`).toBe(false)
    // Nor a masked form of the phone with its middle digits.
    expect(logs).not.toContain(phone.slice(3, 7) + phone.slice(7))
  })
})
