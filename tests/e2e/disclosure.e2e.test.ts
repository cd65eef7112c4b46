import AxeBuilder from '@axe-core/playwright'
import { describe, expect, inject, it } from 'vitest'

import { usePhoneReader } from '../helpers/browser'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** 政府信息公开 on a phone with no JavaScript: the landing page, the 目录's filters and pages, the required categories. */
describe('政府信息公开 end to end', () => {
  const siteUrl = inject('siteUrl')
  const open = usePhoneReader(siteUrl)

  it('should lead from the landing page to the 指南, the 目录 and the required categories, under 政务公开, with no script', async () => {
    const page = await open('/xxgk')
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('.va-breadcrumb li').allTextContents()).toEqual(['首页', '政务公开', '政府信息公开'])
    for (const name of ['政府信息公开指南', '政府信息公开目录', '法定主动公开内容']) expect(await page.getByRole('link', { name, exact: true }).count(), name).toBeGreaterThan(0)
    await page.getByRole('link', { name: '政府信息公开指南', exact: true }).click()
    expect(await page.locator('h1').textContent()).toBe('政府信息公开指南')
    expect(await page.locator('main').textContent()).toContain('20 个工作日')
  })

  it('should filter the 目录 by category and year with the form alone', async () => {
    const page = await open('/xxgk/catalog')
    const total = Number((await page.getByRole('status').textContent())!.match(/共 (\d+) 条/)![1])
    expect(total).toBeGreaterThan(0)
    // Every row carries its 索引号.
    for (const number of await page.locator('.va-catalog__number').allTextContents()) expect(number).toMatch(/\/\d{4}-\d{5}$/)

    await page.getByLabel('信息类别').selectOption({ label: '人事信息' })
    await page.getByRole('button', { name: '筛选' }).click()
    await page.waitForURL(/category=personnel/)
    expect(await page.getByRole('status').textContent()).toMatch(/^人事信息.*共 [1-9]\d* 条/)
    expect(new Set(await page.locator('.va-catalog td:nth-child(3)').allTextContents())).toEqual(new Set(['人事信息']))

    const years = await page.getByLabel('发布年份').locator('option').allTextContents()
    expect(years[0]).toBe('全部')
    await page.getByLabel('信息类别').selectOption({ label: '法规文件和规范性文件' })
    await page.getByLabel('发布年份').selectOption({ label: years[1] })
    await page.getByRole('button', { name: '筛选' }).click()
    await page.waitForURL(/year=\d{4}/)
    const year = years[1].slice(0, 4)
    for (const date of await page.locator('.va-catalog td:nth-child(4)').allTextContents()) expect(date).toContain(year)

    // A category with nothing in it says so in Chinese.
    const empty = await open('/xxgk/catalog?category=proposals')
    expect(await empty.locator('main').textContent()).toContain('暂无公开的信息')
  })

  it('should list every required category with its count, an empty one as 暂无, each linked to its list', async () => {
    const page = await open('/xxgk/statutory')
    const rows = page.locator('.va-statutory li')
    expect(await rows.count()).toBe(8)
    expect(await page.locator('.va-statutory li', { hasText: '建议提案办理' }).textContent()).toContain('暂无')
    await page.getByRole('link', { name: '人事信息' }).click()
    await page.waitForURL(/category=personnel/)
    expect(await page.getByRole('status').textContent()).toMatch(/^人事信息/)
  })

  it('should lead to the annual reports, each with its table of requests in the template rows', async () => {
    const page = await open('/xxgk')
    await page.getByRole('link', { name: '政府信息公开工作年度报告', exact: true }).click()
    await page.waitForURL(/annual-reports/)
    await page.getByRole('link', { name: /2025 年政府信息公开工作年度报告/ }).click()
    await page.waitForURL(/xxgk-annual-report-2025/)
    // Tables 二, 三 and 四 of the template, each with its caption.
    expect(await page.locator('caption').allTextContents()).toEqual([
      '2025 年度主动公开政府信息数量(单位:条)',
      '2025 年度收到和处理政府信息公开申请情况(单位:件)',
      '2025 年度政府信息公开行政复议、行政诉讼情况(单位:件)',
    ])
    const rows = await page.locator('.va-foi-table tbody th').allTextContents()
    expect(rows[0]).toBe('一、本年新收政府信息公开申请数量')
    expect(rows.at(-1)).toBe('四、结转下年度继续办理')
    expect(await page.locator('.va-foi-table tbody tr').first().locator('td').count()).toBe(7)
    expect(await page.locator('script').count()).toBe(0)
  })

  for (const [url, mode] of [['/xxgk/catalog', 'elderly'], ['/xxgk', 'normal'], ['/xxgk/statutory', 'traditional'], ['/pages/xxgk-annual-report-2025', 'elderly'], ['/xxgk/annual-reports', 'normal']] as const) {
    it(`should find no accessibility violations on ${url} in the ${mode} mode`, async () => {
      const page = await open(url, mode, true)
      const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze()
      expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([])
    }, 120_000)
  }
})
