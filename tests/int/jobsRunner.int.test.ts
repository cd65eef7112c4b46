import { spawn, type ChildProcess } from 'node:child_process'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { demoUser, writeNews } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/**
 * Issue 18: scheduled work runs in the jobs runner (`npm run jobs`, scripts/jobs.ts), a process of
 * its own, compiled and run by plain node. No other process runs the queue: here no admin runs at
 * all, and this file's own Payload starts no cron. A publication scheduled for a time that has
 * passed waits until the runner starts, then goes out within seconds.
 */
describe('the jobs runner (npm run jobs)', () => {
  let payload: Payload
  let users: Record<'editor' | 'reviewer' | 'reviewer2' | 'publisher', User>
  let runner: ChildProcess | undefined
  let output = ''

  beforeAll(async () => {
    payload = await getTestPayload()
    const [editor, reviewer, reviewer2, publisher] = await Promise.all(['editor', 'reviewer', 'reviewer2', 'publisher'].map((name) => demoUser(payload, name)))
    users = { editor, reviewer, reviewer2, publisher }
  })
  afterAll(async () => {
    runner?.kill('SIGKILL')
    await releaseTestPayload(payload)
  })

  const isPublic = (id: string) =>
    payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false, depth: 0 }).then((result) => result.totalDocs === 1)

  it('should publish on time only once the runner runs, and stop on SIGTERM', { timeout: 240_000 }, async () => {
    const draft = await writeNews(payload, users.editor)
    const id = String(draft.id)
    for (const [user, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['reviewer2', 'approve']] as const) {
      await performTransition(payload, { collection: 'news', id, user: users[user], input: { action } })
    }
    const at = new Date(Date.now() + 2_000)
    await performTransition(payload, { collection: 'news', id, user: users.publisher, input: { action: 'schedule', at: at.toISOString() } })

    // Its time passes with no runner: nothing publishes it (this process starts no cron).
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    expect(await isPublic(id)).toBe(false)

    // The runner as `npm run jobs` starts it: compiled (scripts/launch.mjs), on this file's database.
    // Not NODE_ENV=production: that would run the migrations on a test database whose schema was pushed.
    runner = spawn(process.execPath, ['scripts/launch.mjs', 'jobs'], { env: { ...process.env, NODE_ENV: 'test' }, stdio: ['ignore', 'pipe', 'pipe'] })
    runner.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    runner.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // Under load the runner takes a while to start (bundling, Payload's init): the publication follows within seconds of that.
    await expect.poll(() => isPublic(id), { timeout: 120_000, interval: 500 }).toBe(true)
    expect(output).toContain('jobs runner started')
    const doc = await payload.findByID({ collection: 'news', id, draft: true, depth: 0 })
    expect(doc.reviewLog?.at(-1)).toMatchObject({ action: 'publish', userName: '系统' })

    const exited = new Promise<number | null>((resolve) => runner!.on('exit', (code) => resolve(code)))
    runner.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})
