import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderToStaticMarkup } from 'react-dom/server'

import type { Navigation, User } from '../../src/payload-types'
import { WorkflowDashboard } from '../../src/payload/workflow/admin/WorkflowDashboard'
import { performGlobalTransition } from '../../src/payload/workflow/performGlobalTransition'
import { asPublic } from '../../src/site/lib/content/publicRead'
import { plainPng } from './mediaFixtures'
import { demoUser } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

type Link = { label: string; href: string }

describe('site-wide settings the public sees go through review (Local API with a user)', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let reviewer: User
  let publisher: User

  beforeAll(async () => {
    payload = await getTestPayload()
    ;[admin, editor, reviewer, publisher] = await Promise.all(['admin', 'editor', 'reviewer', 'publisher'].map((name) => demoUser(payload, name)))
  })
  afterAll(() => releaseTestPayload(payload))

  const publicNavigation = () => payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false, draft: false })
  const publicSettings = () => payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: false, draft: false })
  const footerHrefs = (navigation: Navigation) => (navigation.footer ?? []).map((link) => link.href)
  const saveFooter = async (user: User, extra: Link, data: Record<string, unknown> = {}) => {
    const current = await payload.findGlobal({ slug: 'navigation', depth: 0, draft: true })
    return payload.updateGlobal({
      slug: 'navigation',
      data: { footer: [...(current.footer ?? []).map(({ label, href }) => ({ label, href })), extra], ...data } as never,
      depth: 0,
      user,
      overrideAccess: false,
    })
  }
  const step = (global: 'navigation' | 'siteSettings' | 'mediaAccounts', user: User, action: 'submit' | 'approve' | 'return' | 'publish', reason?: string) =>
    performGlobalTransition(payload, { global, user, input: { action, reason } })
  const auditFor = (global: string) =>
    payload.find({ collection: 'auditLog', where: { documentId: { equals: global } }, sort: 'createdAt', depth: 0, limit: 100 }).then((r) => r.docs)

  it('should keep the seeded navigation and settings published and readable by the public', async () => {
    const navigation = await publicNavigation()
    expect(navigation.main?.length).toBeGreaterThan(0)
    expect(navigation).toMatchObject({ _status: 'published', workflowState: 'published' })
    expect((await publicSettings()).icp).toBeTruthy()
  })

  it.each([
    ['a protocol-relative link', '//evil.example/x', /站内地址无效/],
    ['a backslash link', '/\\evil.example/x', /站内地址无效/],
    ['a link to an unlisted host', 'https://evil.example/', /外部链接只能指向管理员列出的网站/],
  ])('should refuse %s in the footer with a message under the field', async (_, href, message) => {
    const before = await publicNavigation()
    const saving = saveFooter(editor, { label: '外部', href })
    await expect(saving).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(message) })] } })
    expect(footerHrefs(await publicNavigation())).toEqual(footerHrefs(before))
  })

  it('should refuse an editor publishing navigation directly', async () => {
    const before = await publicNavigation()
    await expect(saveFooter(editor, { label: '直接发布', href: '/direct' }, { _status: 'published' })).rejects.toThrow('发布必须经过审核流程')
    expect(footerHrefs(await publicNavigation())).toEqual(footerHrefs(before))
  })

  it('should refuse an editor changing the ICP number, and keep an admin change a draft', async () => {
    const before = await publicSettings()
    await expect(
      payload.updateGlobal({ slug: 'siteSettings', data: { icp: '伪造ICP备1号' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    const draft = await payload.updateGlobal({ slug: 'siteSettings', data: { icp: '湘ICP备20990417号-2' }, user: admin, overrideAccess: false })
    expect(draft).toMatchObject({ _status: 'draft', icp: '湘ICP备20990417号-2', workflowState: 'draft' })
    expect((await publicSettings()).icp).toBe(before.icp)
    await expect(step('siteSettings', admin, 'approve')).rejects.toThrow('当前状态为“草稿”')
    expect((await auditFor('siteSettings')).at(-1)).toMatchObject({ action: 'save', actor: admin.id, toState: 'draft' })
  })

  it('should refuse restoring an earlier version of navigation', async () => {
    const { docs } = await payload.findGlobalVersions({ slug: 'navigation', limit: 1, depth: 0 })
    const restoring = payload.restoreGlobalVersion({ slug: 'navigation', id: String(docs[0]?.id), user: admin, overrideAccess: false })
    await expect(restoring).rejects.toThrow('不能直接恢复历史版本')
  })

  it('should take a menu change from an editor through 初审 and publication, audited at each step', async () => {
    const before = await publicNavigation()
    const draft = await saveFooter(editor, { label: '意见征集', href: '/enquiry?topic=1' })
    expect(draft).toMatchObject({ _status: 'draft', workflowState: 'draft', lastEditedBy: editor.id })
    expect(footerHrefs(await publicNavigation())).toEqual(footerHrefs(before))

    await step('navigation', editor, 'submit')
    await expect(step('navigation', editor, 'approve')).rejects.toThrow()
    await expect(step('navigation', reviewer, 'publish')).rejects.toThrow('当前状态为“审核中”')
    await step('navigation', reviewer, 'approve')
    await expect(step('navigation', reviewer, 'publish')).rejects.toThrow('只有终审发布员可以执行此操作')
    expect(footerHrefs(await publicNavigation())).toEqual(footerHrefs(before))
    const published = await step('navigation', publisher, 'publish')
    expect(published).toMatchObject({ _status: 'published', workflowState: 'published' })
    expect(footerHrefs(await publicNavigation())).toContain('/enquiry?topic=1')

    const entries = (await auditFor('navigation')).slice(-4)
    expect(entries.map(({ action, actor, fromState, toState }) => ({ action, actor, fromState, toState }))).toEqual([
      { action: 'save', actor: editor.id, fromState: 'published', toState: 'draft' },
      { action: 'submit', actor: editor.id, fromState: 'draft', toState: 'inReview' },
      { action: 'approve', actor: reviewer.id, fromState: 'inReview', toState: 'approved' },
      { action: 'publish', actor: publisher.id, fromState: 'approved', toState: 'published' },
    ])
  })

  it('should keep everyone who edited the menu revision from approving it, though another edited it last', async () => {
    const adminReviewer = { ...admin, roles: ['admin', 'reviewer'] } as User
    await saveFooter(admin, { label: '管理员改', href: '/admin-edit' })
    await saveFooter(editor, { label: '编辑再改', href: '/editor-edit' })
    await step('navigation', editor, 'submit')
    await expect(step('navigation', adminReviewer, 'approve')).rejects.toThrow('不能审核或发布自己参与修改的稿件')
    // The start page offers it to the reviewer who may act, not to the one who edited it.
    const dashboard = async (user: User) => renderToStaticMarkup(await WorkflowDashboard({ payload, user }))
    expect(await dashboard(reviewer)).toContain('href="/admin/globals/navigation"')
    expect(await dashboard(adminReviewer)).not.toContain('href="/admin/globals/navigation"')
    await step('navigation', reviewer, 'return', '先不改')
  })

  it('should allow an external link only once an admin lists its host, and audit the list', async () => {
    await expect(saveFooter(editor, { label: '中国政府网', href: 'https://www.gov.cn/' })).rejects.toThrow()
    await expect(
      payload.updateGlobal({ slug: 'externalLinkHosts', data: { hosts: [{ host: 'www.gov.cn' }] }, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.updateGlobal({ slug: 'externalLinkHosts', data: { hosts: [{ host: 'https://www.gov.cn/' }] }, user: admin, overrideAccess: false }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'hosts.0.host' })] } })
    // The demo lists the error-report platform (我为政府网站找错 in the settings); it stays listed.
    const listed = { hosts: [{ host: 'zfwzzc.www.gov.cn' }, { host: 'www.gov.cn' }] }
    await payload.updateGlobal({ slug: 'externalLinkHosts', data: listed, user: admin, overrideAccess: false })
    expect((await auditFor('externalLinkHosts')).at(-1)).toMatchObject({ action: 'save', actor: admin.id, reason: 'zfwzzc.www.gov.cn → zfwzzc.www.gov.cn、www.gov.cn' })
    const draft = await saveFooter(editor, { label: '中国政府网', href: 'https://www.gov.cn/' })
    expect(footerHrefs(draft as Navigation)).toContain('https://www.gov.cn/')
    expect(footerHrefs(await publicNavigation())).not.toContain('https://www.gov.cn/')
  })

  it('should let seeding and system writes publish directly', async () => {
    const system = await payload.updateGlobal({ slug: 'siteSettings', data: { officeHours: '周一至周五' } })
    expect(system).toMatchObject({ _status: 'published' })
    expect((await publicSettings()).officeHours).toBe('周一至周五')
    expect((await auditFor('siteSettings')).at(-1)).toMatchObject({ action: 'publish', actor: null })
  })

  const isPublicMedia = async (id: string) =>
    (await payload.find({ collection: 'media', where: { id: { equals: id } }, depth: 0, ...asPublic })).docs.length === 1
  let pictures = 0
  const newPicture = async (user: User) => {
    const data = await plainPng(200 + ++pictures)
    const name = `frame-${process.pid}-${pictures}.png`
    return String((await payload.create({ collection: 'media', data: { alt: `测试图片 ${pictures}` }, file: { data, mimetype: 'image/png', name, size: data.length }, user, overrideAccess: false })).id)
  }
  /** 初审 by the reviewer, publication by the publisher: what every site-wide global goes through. */
  const review = async (global: 'siteSettings' | 'mediaAccounts', author: User) => {
    await step(global, author, 'submit')
    await step(global, reviewer, 'approve')
    return step(global, publisher, 'publish')
  }

  it('should refuse a 我为政府网站找错 address without the site\'s 网站标识码, and show the seeded one', async () => {
    const seeded = await publicSettings()
    expect(seeded.errorReportUrl).toContain(seeded.siteIdCode!)
    const saving = payload.updateGlobal({ slug: 'siteSettings', data: { errorReportUrl: 'https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?sitecode=1234567890' }, user: admin, overrideAccess: false })
    await expect(saving).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'errorReportUrl', message: expect.stringContaining(seeded.siteIdCode!) })] } })
    const unlisted = payload.updateGlobal({ slug: 'siteSettings', data: { errorReportUrl: `https://evil.example/?sitecode=${seeded.siteIdCode}` }, user: admin, overrideAccess: false })
    await expect(unlisted).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'errorReportUrl' })] } })
  })

  it('should show the 党政机关 mark\'s picture to the public only once the settings using it are published', async () => {
    const picture = await newPicture(admin)
    await payload.updateGlobal({ slug: 'siteSettings', data: { identityMark: { image: picture, href: '/accessibility' } }, user: admin, overrideAccess: false })
    expect(await isPublicMedia(picture)).toBe(false)
    expect((await publicSettings()).identityMark?.image ?? null).toBeNull()
    await review('siteSettings', admin)
    expect(await isPublicMedia(picture)).toBe(true)
    expect((await publicSettings()).identityMark).toMatchObject({ image: picture, href: '/accessibility' })
    // Taken out again (and published): the picture is private again.
    await payload.updateGlobal({ slug: 'siteSettings', data: { identityMark: { image: null, href: null } }, user: admin, overrideAccess: false })
    await review('siteSettings', admin)
    expect(await isPublicMedia(picture)).toBe(false)
  })

  it('should publish the seeded 政务新媒体 accounts with public QR pictures', async () => {
    const published = await payload.findGlobal({ slug: 'mediaAccounts', depth: 0, overrideAccess: false, draft: false })
    expect(published).toMatchObject({ _status: 'published' })
    expect(published.accounts?.length).toBeGreaterThanOrEqual(2)
    for (const account of published.accounts ?? []) expect(await isPublicMedia(String(account.qr))).toBe(true)
  })

  it('should take a new 政务新媒体 account through review before the public sees it or its QR picture', async () => {
    const publicAccounts = async () => (await payload.findGlobal({ slug: 'mediaAccounts', depth: 0, overrideAccess: false, draft: false })).accounts ?? []
    const before = await publicAccounts()
    const qr = await newPicture(editor)
    const accounts = [...before.map(({ name, platform, qr: code, purpose }) => ({ name, platform, qr: code, purpose })), { name: '南屏退役军人视频号', platform: 'channels', qr, purpose: '服务站活动短视频。' }]
    await expect(
      payload.updateGlobal({ slug: 'mediaAccounts', data: { accounts, _status: 'published' } as never, user: editor, overrideAccess: false }),
    ).rejects.toThrow('发布必须经过审核流程')
    await expect(payload.updateGlobal({ slug: 'mediaAccounts', data: { accounts } as never, user: reviewer, overrideAccess: false })).rejects.toThrow()
    const draft = await payload.updateGlobal({ slug: 'mediaAccounts', data: { accounts } as never, user: editor, overrideAccess: false })
    expect(draft).toMatchObject({ _status: 'draft', workflowState: 'draft' })
    expect((await publicAccounts()).map((account) => account.name)).not.toContain('南屏退役军人视频号')
    expect(await isPublicMedia(qr)).toBe(false)
    await review('mediaAccounts', editor)
    expect((await publicAccounts()).map((account) => account.name)).toContain('南屏退役军人视频号')
    expect(await isPublicMedia(qr)).toBe(true)
  })
})
