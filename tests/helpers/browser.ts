import { type Browser, chromium, type Page } from 'playwright-core'

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
