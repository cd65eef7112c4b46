import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminReadiness, probeDatabase, probeJobs } from '../../src/payload/health'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/** /readyz's probes against a real database (the admin's endpoint answers with adminReadiness). */
describe('readiness probes', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  it('should find the database answering and no job left behind on a fresh install', async () => {
    expect((await probeDatabase(payload)).ok).toBe(true)
    const answer = await adminReadiness(payload)
    expect(answer.checks.map((check) => check.name)).toEqual(['database', 'jobs', 'disk', 'calendar'])
    expect(answer.checks.find((check) => check.name === 'jobs')?.ok).toBe(true)
  })

  it('should turn unready when a queued job waits past its time with nobody to run it', async () => {
    const now = new Date()
    const job = await payload.create({
      collection: 'payload-jobs',
      data: { taskSlug: 'outboxRetention', input: {}, waitUntil: new Date(now.getTime() - 20 * 60_000).toISOString() } as never,
    })
    try {
      const check = await probeJobs(payload, now)
      expect(check.ok).toBe(false)
      expect(check.detail).toContain('outboxRetention')
      expect((await adminReadiness(payload)).status).toBe('fail')
      // Its time only just came: not yet late.
      expect((await probeJobs(payload, new Date(now.getTime() - 18 * 60_000))).ok).toBe(true)
    } finally {
      await payload.delete({ collection: 'payload-jobs', id: job.id })
    }
    expect((await probeJobs(payload, now)).ok).toBe(true)
  })
})
