import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'

import { DEMO_PASSWORD } from '../../src/payload/seed/demoUsers'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/** Signs `page` in to the admin as a demo user and waits for the dashboard. */
export const logInToAdmin = async (page: Page, adminUrl: string, email: string, { timeout = 30_000 } = {}): Promise<Page> => {
  await page.goto(`${adminUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(`${adminUrl}/admin`, { timeout })
  return page
}

/** The ways a reader may set the site up: its reading modes, Traditional script, the system's high contrast. */
export type ReadingMode = 'normal' | 'elderly' | 'traditional' | 'contrast'

/**
 * For a describe block: one browser for its tests, and `open(url, mode, javaScriptEnabled)`, a
 * new reader on a 390 × 844 phone in that mode who opens `url` (answered 200). Without
 * JavaScript unless asked, as a reader may browse; axe runs as a script, so its pages ask.
 */
export const usePhoneReader = (siteUrl: string) => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser.close()
  })
  return async (url: string, mode: ReadingMode = 'normal', javaScriptEnabled = false): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled })
    contexts.push(context)
    if (mode === 'elderly') await context.addCookies([{ name: 'va-elderly', value: 'on', url: siteUrl }])
    if (mode === 'traditional') await context.addCookies([{ name: 'va-script', value: 'hant', url: siteUrl }])
    const page = await context.newPage()
    if (mode === 'contrast') await page.emulateMedia({ forcedColors: 'active' })
    const response = await page.goto(`${siteUrl}${url}`)
    expect(response?.status(), url).toBe(200)
    return page
  }
}
