import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { JOBS_RUNNER_ENV } from '../../src/payload/constants/workflow'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { demoUser, writeNews } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now()
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`not done within ${timeoutMs} ms`)
}

describe('scheduled publishing', () => {
  let payload: Payload
  let users: Record<'editor' | 'reviewer' | 'reviewer2' | 'publisher', User>

  beforeAll(async () => {
    payload = await getTestPayload()
    const [editor, reviewer, reviewer2, publisher] = await Promise.all(
      ['editor', 'reviewer', 'reviewer2', 'publisher'].map((name) => demoUser(payload, name)),
    )
    users = { editor, reviewer, reviewer2, publisher }
    // The runner the config's jobs.autoRun defines, as the jobs runner (scripts/jobs.ts) starts it.
    process.env[JOBS_RUNNER_ENV] = '1'
    await payload._initializeCrons()
  })
  afterAll(() => {
    delete process.env[JOBS_RUNNER_ENV]
    return releaseTestPayload(payload)
  })

  const approvedNews = async () => {
    const draft = await writeNews(payload, users.editor)
    const id = String(draft.id)
    for (const [user, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['reviewer2', 'approve']] as const) {
      await performTransition(payload, { collection: 'news', id, user: users[user], input: { action } })
    }
    return id
  }

  const isPublic = (id: string) =>
    payload
      .find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false, depth: 0 })
      .then((result) => result.totalDocs === 1)

  it('should publish a scheduled item within a few seconds of its time', async () => {
    const id = await approvedNews()
    const at = new Date(Date.now() + 3_000)
    await performTransition(payload, { collection: 'news', id, user: users.publisher, input: { action: 'schedule', at: at.toISOString() } })
    expect(await isPublic(id)).toBe(false)
    const publishedAt = await waitFor(() => isPublic(id), 15_000)
    expect(publishedAt - at.getTime()).toBeLessThan(5_000)
  })

  it('should take an item offline at its scheduled unpublish time', async () => {
    const id = await approvedNews()
    await performTransition(payload, { collection: 'news', id, user: users.publisher, input: { action: 'publish' } })
    const at = new Date(Date.now() + 3_000)
    await performTransition(payload, {
      collection: 'news',
      id,
      user: users.publisher,
      input: { action: 'scheduleUnpublish', at: at.toISOString() },
    })
    const offlineAt = await waitFor(async () => !(await isPublic(id)), 15_000)
    expect(offlineAt - at.getTime()).toBeLessThan(5_000)
    expect((await payload.findByID({ collection: 'news', id, draft: true, depth: 0 })).workflowState).toBe('draft')
  })

  it('should record a scheduled publication in the item’s review log and the audit log', async () => {
    const id = await approvedNews()
    const at = new Date(Date.now() + 2_000)
    await performTransition(payload, { collection: 'news', id, user: users.publisher, input: { action: 'schedule', at: at.toISOString() } })
    await waitFor(() => isPublic(id), 15_000)
    const doc = await payload.findByID({ collection: 'news', id, draft: true, depth: 0 })
    expect(doc).toMatchObject({ workflowState: 'published', publishAt: null })
    expect(doc.reviewLog?.at(-1)).toMatchObject({ action: 'publish', userName: '系统' })
    // The job writes its audit entry after the publication it records: wait for it, not just for the page.
    const publications = async () =>
      (await payload.find({ collection: 'auditLog', where: { documentId: { equals: id }, action: { equals: 'publish' } }, depth: 0 })).docs
    await waitFor(async () => (await publications()).length > 0, 15_000)
    expect(await publications()).toEqual([expect.objectContaining({ action: 'publish', actorName: '系统', fromState: 'scheduled', toState: 'published' })])
  })

  it('should not publish a scheduled item that was edited after scheduling', async () => {
    const id = await approvedNews()
    const at = new Date(Date.now() + 2_000)
    await performTransition(payload, { collection: 'news', id, user: users.publisher, input: { action: 'schedule', at: at.toISOString() } })
    await payload.update({ collection: 'news', id, data: { summary: '定时后又改了' }, user: users.editor, overrideAccess: false })
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    expect(await isPublic(id)).toBe(false)
  })

  it('should refuse a schedule time in the past', async () => {
    const id = await approvedNews()
    await expect(
      performTransition(payload, {
        collection: 'news',
        id,
        user: users.publisher,
        input: { action: 'schedule', at: new Date(Date.now() - 60_000).toISOString() },
      }),
    ).rejects.toThrow('定时时间必须晚于当前时间')
  })
})
