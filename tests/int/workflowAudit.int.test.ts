import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { writeAudit } from '../../src/payload/workflow/audit'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { demoUser, writeNews } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

describe('audit log', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let reviewer: User

  beforeAll(async () => {
    payload = await getTestPayload()
    ;[admin, editor, reviewer] = await Promise.all(['admin', 'editor', 'reviewer'].map((name) => demoUser(payload, name)))
  })
  afterAll(() => releaseTestPayload(payload))

  const entriesFor = (documentId: string) =>
    payload.find({ collection: 'auditLog', where: { documentId: { equals: documentId } }, sort: 'createdAt', depth: 0 }).then((r) => r.docs)

  it('should record who returned an item, from which state to which, with the reason', async () => {
    const draft = await writeNews(payload, editor)
    await performTransition(payload, { collection: 'news', id: draft.id, user: editor, input: { action: 'submit' } })
    await performTransition(payload, { collection: 'news', id: draft.id, user: reviewer, input: { action: 'return', reason: '图片缺少说明' } })
    const entries = await entriesFor(draft.id)
    expect(entries.map(({ action, actor, fromState, toState, reason }) => ({ action, actor, fromState, toState, reason }))).toEqual([
      { action: 'submit', actor: editor.id, fromState: 'draft', toState: 'inReview', reason: null },
      { action: 'return', actor: reviewer.id, fromState: 'inReview', toState: 'returned', reason: '图片缺少说明' },
    ])
  })

  it('should record a login', async () => {
    await payload.login({ collection: 'users', data: { email: 'editor@demo.example', password: 'demo2026' } })
    const { docs } = await payload.find({ collection: 'auditLog', where: { action: { equals: 'login' } }, depth: 0 })
    expect(docs.some((entry) => entry.actor === editor.id)).toBe(true)
  })

  it('should record a role change with the old and new roles', async () => {
    await payload.update({ collection: 'users', id: reviewer.id, data: { roles: ['reviewer', 'editor'] }, user: admin, overrideAccess: false })
    const entries = await entriesFor(reviewer.id)
    expect(entries.at(-1)).toMatchObject({ action: 'roleChange', actor: admin.id, reason: 'reviewer → reviewer、editor' })
  })

  it('should refuse an administrator editing an entry over the Local API with access control', async () => {
    const entry = (await payload.find({ collection: 'auditLog', limit: 1, depth: 0 })).docs[0]
    await expect(
      payload.update({ collection: 'auditLog', id: entry.id, data: { reason: '改写' }, user: admin, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('should refuse deleting an entry even with overrideAccess', async () => {
    const entry = (await payload.find({ collection: 'auditLog', limit: 1, depth: 0 })).docs[0]
    await expect(payload.delete({ collection: 'auditLog', id: entry.id })).rejects.toThrow('审计日志只读')
    expect((await payload.findByID({ collection: 'auditLog', id: entry.id })).id).toBe(entry.id)
  })

  it('should refuse creating an entry outside the workflow', async () => {
    await expect(payload.create({ collection: 'auditLog', data: { action: 'publish' } })).rejects.toThrow('审计日志只读')
  })

  it('should hide the log from editors', async () => {
    await expect(payload.find({ collection: 'auditLog', user: editor, overrideAccess: false })).rejects.toThrow()
  })

  it('should append through writeAudit inside a request', async () => {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: admin }, payload)
    await writeAudit(req, { action: 'edit', targetCollection: 'news', documentId: 'audit-probe', reason: '探针' })
    expect((await entriesFor('audit-probe'))[0]).toMatchObject({ actor: admin.id, actorName: admin.name })
  })
})
