import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderToStaticMarkup } from 'react-dom/server'

import type { Navigation, User } from '../../src/payload-types'
import { WorkflowDashboard } from '../../src/payload/workflow/admin/WorkflowDashboard'
import { performGlobalTransition } from '../../src/payload/workflow/performGlobalTransition'
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
  const step = (global: 'navigation' | 'siteSettings', user: User, action: 'submit' | 'approve' | 'return' | 'publish', reason?: string) =>
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
    await payload.updateGlobal({ slug: 'externalLinkHosts', data: { hosts: [{ host: 'www.gov.cn' }] }, user: admin, overrideAccess: false })
    expect((await auditFor('externalLinkHosts')).at(-1)).toMatchObject({ action: 'save', actor: admin.id, reason: '无 → www.gov.cn' })
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
})
