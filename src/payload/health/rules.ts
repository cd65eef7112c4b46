/**
 * Health rules, pure: what makes a process ready to serve. The probes that gather the facts are
 * in probes.ts; the endpoints in index.ts (admin) and src/site (public site) answer with these.
 */

/** One check of a readiness answer: a name a load balancer's log can show, and why it failed. */
/** `warning`: ready, but something an operator must see to soon (it does not take the process out of service). */
export type HealthCheck = { name: string; ok: boolean; detail: string; warning?: boolean }

export type Readiness = { status: 'ok' | 'fail'; checks: HealthCheck[] }

/** Liveness and readiness, at the same paths on the public site and (under /api) on the admin. */
export const HEALTH_PATHS = { live: '/healthz', ready: '/readyz' } as const

/** The page cache and the outbox need room: below this a process is not ready. */
export const MIN_FREE_BYTES = 200 * 1024 * 1024

/**
 * A queued job whose time came this long ago and that no runner took: the runner has stopped.
 * The runner polls every 2 s (payload.config.ts); five minutes leaves room for a long task.
 */
export const JOB_GRACE_MS = 5 * 60 * 1000

export const readiness = (checks: HealthCheck[]): Readiness => ({ status: checks.every((check) => check.ok) ? 'ok' : 'fail', checks })

/** The HTTP status a load balancer reads: 200 ready, 503 not. */
export const readinessStatus = (answer: Readiness): number => (answer.status === 'ok' ? 200 : 503)

const megabytes = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MB`

// The answers are public (a load balancer asks without credentials): details name no path, host or error text.

/** Free space in the data directory. */
export const diskCheck = (freeBytes: number | null, minBytes = MIN_FREE_BYTES): HealthCheck =>
  freeBytes === null
    ? { name: 'disk', ok: false, detail: 'data directory cannot be read' }
    : { name: 'disk', ok: freeBytes >= minBytes, detail: `${megabytes(freeBytes)} free (needs ${megabytes(minBytes)})` }

export const databaseCheck = (failed: boolean, elapsedMs: number): HealthCheck =>
  failed ? { name: 'database', ok: false, detail: `no answer after ${Math.round(elapsedMs)} ms` } : { name: 'database', ok: true, detail: `answered in ${Math.round(elapsedMs)} ms` }

/**
 * Jobs ran within their interval: every scheduled task keeps its next run queued, so a job whose
 * time (`waitUntil`) passed more than `graceMs` ago and is still waiting means nothing runs them.
 */
export const jobsCheck = (oldestDue: { task: string; waitUntil: string } | null, now: Date, graceMs = JOB_GRACE_MS): HealthCheck => {
  if (!oldestDue) return { name: 'jobs', ok: true, detail: 'no job waiting past its time' }
  const lateMs = now.getTime() - Date.parse(oldestDue.waitUntil)
  return lateMs > graceMs
    ? { name: 'jobs', ok: false, detail: `${oldestDue.task} due ${oldestDue.waitUntil} has not run (${Math.round(lateMs / 60_000)} min late)` }
    : { name: 'jobs', ok: true, detail: 'no job waiting past its time' }
}

export const workersCheck = (running: number, expected: number): HealthCheck => ({
  name: 'workers',
  ok: running >= expected,
  detail: `${running} of ${expected} running`,
})

/** Next year's 节假日安排 is due from 1 December: a warning, never a reason to stop serving. */
export const calendarCheck = (missingYear: number | null): HealthCheck =>
  missingYear
    ? { name: 'calendar', ok: true, warning: true, detail: `no holiday schedule for ${missingYear} yet: enter it in 节假日安排` }
    : { name: 'calendar', ok: true, detail: 'holiday schedule present for next year' }
