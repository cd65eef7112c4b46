import AxeBuilder from '@axe-core/playwright'
import { describe, expect, inject, it } from 'vitest'

import { usePhoneReader } from '../helpers/browser'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const MAILBOX = '/pages/director-mailbox'
const TOPIC = '/pages/preferential-card-topic'

/** 页面 and the 下载中心 on the public site: no script, breadcrumbs under the 所属栏目, every download reachable. */
describe('页面 and 下载中心 end to end', () => {
  const siteUrl = inject('siteUrl')
  const open = usePhoneReader(siteUrl)

  it('should show the 局长信箱 page under 互动交流 with its attachment, and no script', async () => {
    const page = await open(MAILBOX)
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('h1').textContent()).toBe('局长信箱')
    expect(await page.locator('.va-breadcrumb li').allTextContents()).toEqual(['首页', '互动交流', '局长信箱'])
    // The menu marks the page's 所属栏目, as it marks the section of any other page.
    expect(await page.locator('.va-header__nav a[aria-current="page"]').allTextContents()).toEqual(['互动交流'])
    const attachment = page.getByRole('link', { name: /局长信箱来信登记表/ })
    const response = await fetch(new URL((await attachment.getAttribute('href'))!, siteUrl))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/pdf')
  })

  it('should put the 专题 page under 办事服务, and show it in Traditional characters', async () => {
    const page = await open(TOPIC)
    expect(await page.locator('.va-breadcrumb li').allTextContents()).toEqual(['首页', '办事服务', '退役军人优待证专题'])
    expect(await (await open(TOPIC, 'traditional')).locator('h1').textContent()).toBe('退役軍人優待證專題')
  })

  it('should list the forms and attachments by source, each file and its page answering 200, with no script', async () => {
    const page = await open('/downloads')
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('.va-breadcrumb li').allTextContents()).toEqual(['首页', '办事服务', '下载中心'])
    const headings = await page.locator('h2').allTextContents()
    expect(headings).toEqual(expect.arrayContaining(['办事表格和填写样表', '专题页面附件']))
    const hrefs = [...new Set(await page.locator('.va-downloads a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))]
    expect(hrefs).toEqual(expect.arrayContaining([MAILBOX, '/services/preferential-card-application']))
    for (const href of hrefs) expect((await fetch(new URL(href, siteUrl), { redirect: 'manual' })).status, href).toBe(200)
  }, 120_000)

  it('should link the 下载中心 and the pages from the 网站地图', async () => {
    const page = await open('/sitemap')
    for (const href of ['/downloads', MAILBOX, TOPIC]) expect(await page.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0)
  })

  for (const [url, mode] of [[MAILBOX, 'normal'], ['/downloads', 'elderly']] as const) {
    it(`should find no accessibility violations on ${url} in the ${mode} mode`, async () => {
      const page = await open(url, mode, true)
      const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze()
      expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([])
    }, 120_000)
  }
})
