import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { getDownloads, getPage } from '../../src/site/lib/content'
import { getSiteMap, groupSiteMap } from '../../src/site/lib/siteMap'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { lexicalBody, reviewTeam } from '../helpers/workflowFixtures'

const PDF = readFileSync('content/media/form-legal-aid.pdf')

/**
 * 页面 and the 下载中心 as the public reads them: a page goes public only through its review
 * chain, and the 下载中心 lists the files of published content only.
 */
describe('页面 and 下载中心', () => {
  let payload: Payload
  let team: Awaited<ReturnType<typeof reviewTeam>>
  const run = `${process.pid}-${Date.now()}`

  const upload = async (name: string) =>
    (await payload.create({ collection: 'media', data: { alt: `测试附件 ${name}` }, file: { data: PDF, mimetype: 'application/pdf', name: `${name}.pdf`, size: PDF.length } })) as {
      id: string | number
      url?: string | null
    }
  const writePage = async (user: User, slug: string, attachment: string | number) =>
    payload.create({
      collection: 'pages',
      data: { title: `测试页面 ${slug}`, section: 'services', summary: '测试摘要。', body: lexicalBody('测试正文。'), attachments: [attachment], order: 90, slug } as never,
      draft: true,
      user,
      overrideAccess: false,
    })
  const listed = async () => (await getDownloads()).flatMap((group) => group.files.map((file) => ({ ...file, source: group.source })))

  beforeAll(async () => {
    payload = await getTestPayload()
    team = await reviewTeam(payload)
  })
  afterAll(() => releaseTestPayload(payload))

  it('should publish a page only through its 三审 chain, and list its attachment once it is public', async () => {
    const slug = `reviewed-page-${run}`
    const file = await upload(`reviewed-${run}`)
    const page = await writePage(team.editor, slug, file.id)
    expect(await getPage(slug)).toBeNull()
    expect((await listed()).some((entry) => entry.from.href === `/pages/${slug}`)).toBe(false)

    const step = (user: User, action: 'submit' | 'approve' | 'publish') => performTransition(payload, { collection: 'pages', id: String(page.id), user, input: { action } })
    await step(team.editor, 'submit')
    await step(team.reviewer, 'approve')
    await step(team.reviewer2, 'approve')
    // The publisher's 终审 comes before the publication decision: publishing earlier is refused.
    await expect(step(team.publisher, 'publish')).rejects.toThrow()
    await step(team.publisher, 'approve')
    await step(team.publisher, 'publish')

    const seen = await getPage(slug)
    expect(seen?.title).toBe(`测试页面 ${slug}`)
    const entry = (await listed()).find((item) => item.from.href === `/pages/${slug}`)
    expect(entry).toMatchObject({ source: 'pages', name: `测试附件 reviewed-${run}`, from: { title: `测试页面 ${slug}` } })
    expect(entry?.href).toMatch(/\.pdf$/)
  })

  it('should never show a draft page or list its file, even when a published page exists', async () => {
    const slug = `draft-page-${run}`
    const file = await upload(`draft-${run}`)
    await writePage(team.editor, slug, file.id)
    expect(await getPage(slug)).toBeNull()
    const files = await listed()
    expect(files.some((entry) => entry.from.href === `/pages/${slug}`)).toBe(false)
    expect(files.some((entry) => entry.name === `测试附件 draft-${run}`)).toBe(false)
  })

  it('should list the seeded forms by source, each linked to the published page it belongs to', async () => {
    const groups = await getDownloads()
    const sources = groups.map((group) => group.source)
    expect(sources).toEqual(expect.arrayContaining(['serviceGuides', 'pages']))
    const guideForms = groups.find((group) => group.source === 'serviceGuides')!.files
    expect(guideForms.some((entry) => entry.from.href === '/services/preferential-card-application' && entry.name.includes('优待证申领表'))).toBe(true)
    const mailbox = groups.find((group) => group.source === 'pages')!.files.find((entry) => entry.from.href === '/pages/director-mailbox')
    expect(mailbox?.name).toBe('局长信箱来信登记表(空白表格)')
    // Every linked page is public.
    const { docs } = await payload.find({ collection: 'serviceGuides', where: { _status: { equals: 'draft' } }, depth: 0, pagination: false, draft: true })
    const drafts = new Set(docs.map((doc) => `/services/${doc.slug}`))
    expect(guideForms.every((entry) => !drafts.has(entry.from.href))).toBe(true)
  })

  it('should put each page under its 所属栏目 in the 网站地图, and the 下载中心 under 办事服务', async () => {
    const groups = groupSiteMap(await getSiteMap())
    const titlesOf = (label: string) => groups.find((group) => group.title === label)?.sections.map((section) => section.href) ?? []
    expect(titlesOf('互动交流')).toContain('/pages/director-mailbox')
    expect(titlesOf('办事服务')).toEqual(expect.arrayContaining(['/pages/preferential-card-topic', '/downloads']))
  })
})
