import { statfs } from 'node:fs/promises'

import type { Payload } from 'payload'

import { calendarCheck, databaseCheck, diskCheck, type HealthCheck, JOB_GRACE_MS, jobsCheck } from './rules'

/** The database answers a cheap read (one row of the users table, by index). */
export const probeDatabase = async (payload: Payload, timeoutMs = 3000): Promise<HealthCheck> => {
  const started = performance.now()
  try {
    await Promise.race([
      payload.count({ collection: 'users', where: { id: { exists: true } } }),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs).unref()),
    ])
    return databaseCheck(false, performance.now() - started)
  } catch (error) {
    console.warn(`[health] database: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    return databaseCheck(true, performance.now() - started)
  }
}

/** The oldest queued job whose time passed more than the grace period ago and that nobody took. */
export const probeJobs = async (payload: Payload, now = new Date(), graceMs = JOB_GRACE_MS): Promise<HealthCheck> => {
  const before = new Date(now.getTime() - graceMs).toISOString()
  try {
    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { processing: { not_equals: true } },
          { or: [{ waitUntil: { less_than: before } }, { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: before } }] }] },
        ],
      },
      sort: 'waitUntil',
      limit: 1,
      depth: 0,
      select: { taskSlug: true, waitUntil: true, createdAt: true },
    })
    const job = waiting.docs[0]
    return jobsCheck(job ? { task: String(job.taskSlug ?? 'job'), waitUntil: String(job.waitUntil ?? job.createdAt) } : null, now, graceMs)
  } catch (error) {
    console.warn(`[health] jobs: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    return { name: 'jobs', ok: false, detail: 'the job queue cannot be read' }
  }
}

/** Free space where a process writes (the page cache, the outbox, uploads). */
export const probeDisk = async (dir: string): Promise<HealthCheck> => {
  try {
    const stats = await statfs(dir)
    return diskCheck(stats.bavail * stats.bsize)
  } catch {
    return diskCheck(null)
  }
}

/** Whether next year's holiday schedule is there (from 1 December on), as a warning. */
export const probeCalendar = async (payload: Payload, now = new Date()): Promise<HealthCheck> => {
  try {
    // Loaded when asked: the front server imports this module, and needs nothing of the case engine otherwise.
    const { enteredCalendar, missingNextYear } = await import('../cases')
    return calendarCheck(missingNextYear(await enteredCalendar(payload), now))
  } catch {
    return { name: 'calendar', ok: true, warning: true, detail: 'the holiday schedule cannot be read' }
  }
}
