import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { HARD_CODED_ENGLISH } from '../../src/payload/staffAdmin/AdminStrings'
import { launchBrowser, logInToAdmin } from '../helpers/browser'
import { testDatabase } from '../helpers/testDatabase'

/** English Payload, Lexical or the toast library would show, and Payload's placeholder for an empty cell. */
const FORBIDDEN = [
  ...Object.keys(HARD_CODED_ENGLISH),
  'The following field',
  'Thumbnail URL',
  'MIME Type',
  'Notifications',
  '<没有',
  '‹没有',
]
/** A field's name where a person should read its label: `featured`, `consent.publish`. */
const FIELD_KEY = /^[a-z][a-z0-9]*([A-Z][a-zA-Z0-9]*)*(\.[a-z][a-zA-Z0-9]*)*$/

/** What a person reads or hears on the page now: text, aria-labels, tooltips, placeholders, column headings. */
const findings = (page: Page, forbidden: string[], fieldKey: string) =>
  page.evaluate(
    ({ forbidden, fieldKey }) => {
      const keyPattern = new RegExp(fieldKey)
      const found: string[] = []
      const text = document.body.innerText
      for (const word of forbidden) if (text.includes(word)) found.push(`text: ${word}`)
      for (const element of document.querySelectorAll('[aria-label],[title],[placeholder]')) {
        for (const name of ['aria-label', 'title', 'placeholder']) {
          const value = element.getAttribute(name)
          if (!value) continue
          for (const word of forbidden) if (value.includes(word)) found.push(`${name}="${value}"`)
          // A stored file's name (trip.jpg) is content, not a field key.
          const fileName = /\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|txt)$/i.test(value)
          if (name === 'title' && keyPattern.test(value) && !fileName && !/[\u4e00-\u9fff]/.test(value) && value.length > 1) found.push(`title="${value}"`)
        }
      }
      for (const heading of document.querySelectorAll('th, .table th, [role="columnheader"]')) {
        if (heading.textContent?.trim() === 'URL') found.push('column: URL')
      }
      return [...new Set(found)]
    },
    { forbidden, fieldKey },
  )

/**
 * Every role's admin, in the production build: the dashboard, every collection and setting it
 * can open (list, a document, a new one) carries no English from Payload or its editor and no
 * raw field names, and only administrators see the API tab.
 */
describe('the admin speaks Chinese to every role', () => {
  const adminUrl = inject('adminUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser.close())

  /** Waits until the page is drawn and the translations have run, then returns what is still wrong. */
  const settledFindings = async (page: Page, url: string) => {
    await page.goto(url)
    await page.locator('.template-default, .template-minimal').first().waitFor({ timeout: 60_000 })
    let last: string[] = []
    // The admin draws in steps (hydration, the editor's handles): wait for the findings to go, up to a limit.
    await expect
      .poll(
        async () => {
          last = await findings(page, FORBIDDEN, FIELD_KEY.source)
          return last
        },
        { timeout: 15_000, interval: 500 },
      )
      .toEqual([])
      .catch(() => undefined)
    return last.map((finding) => `${url.replace(adminUrl, '')}: ${finding}`)
  }

  const apiTabs = (page: Page) => page.locator('a[href$="/api"]').count()

  it('should offer the upload columns by Chinese names in the column picker', { timeout: 180_000 }, async () => {
    const page = await (await browser.newContext()).newPage()
    await logInToAdmin(page, adminUrl, 'admin@demo.example', { timeout: 60_000 })
    await page.goto(`${adminUrl}/admin/collections/media`)
    await page.locator('table').first().waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: '列', exact: true }).click()
    await page.getByText('缩略图地址', { exact: true }).first().waitFor({ timeout: 30_000 })
    const picker = await page.locator('body').innerText()
    for (const english of ['URL', 'MIME Type', 'thumbnail', 'card', 'hero']) expect(picker, english).not.toContain(english)
    await page.context().close()
  })

  // The strings do not depend on the database: the MongoDB lane walks the administrator's admin,
  // which opens every collection and setting the other roles see (their tabs are checked on SQLite).
  const roles = testDatabase() === 'mongodb' ? ['admin'] : ['admin', 'editor', 'reviewer', 'handler']
  for (const role of roles) {
    it(`should show ${role} no English and no field keys`, { timeout: 900_000 }, async () => {
      const page = await (await browser.newContext()).newPage()
      await logInToAdmin(page, adminUrl, `${role}@demo.example`, { timeout: 60_000 })
      const problems = await settledFindings(page, `${adminUrl}/admin`)
      const links = await page.locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]').evaluateAll((anchors) =>
        [...new Set(anchors.map((anchor) => anchor.getAttribute('href')!))],
      )
      expect(links.length).toBeGreaterThan(0)
      let documentsSeen = 0
      for (const link of links) {
        problems.push(...(await settledFindings(page, `${adminUrl}${link}`)))
        if (link.startsWith('/admin/globals/')) {
          documentsSeen += 1
          expect(await apiTabs(page), `API tab on ${link} for ${role}`).toBe(role === 'admin' ? 1 : 0)
          continue
        }
        const first = await page.locator(`table tbody tr a[href^="${link}/"]`).first().getAttribute('href').catch(() => null)
        if (first) {
          problems.push(...(await settledFindings(page, `${adminUrl}${first}`)))
          documentsSeen += 1
          expect(await apiTabs(page), `API tab on ${first} for ${role}`).toBe(role === 'admin' ? 1 : 0)
        }
        await page.goto(`${adminUrl}${link}`)
        await page.locator('.template-default').first().waitFor({ timeout: 60_000 })
        if (await page.locator(`a[href="${link}/create"]`).count()) problems.push(...(await settledFindings(page, `${adminUrl}${link}/create`)))
      }
      expect(documentsSeen).toBeGreaterThan(0)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
