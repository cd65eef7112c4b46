/**
 * Health for load balancers and operators: `/healthz` (the process answers) and `/readyz` (it can
 * do its work: the database answers, scheduled jobs run, the disk has room). The admin answers at
 * /api/healthz and /api/readyz (this plugin); the public site at /healthz and /readyz
 * (src/site/server/frontServer.ts and src/site/pages/readyz.ts). Both are cheap and never cached.
 */
import type { Config, Endpoint, Payload, Plugin } from 'payload'

import { dataDir } from '../env'
import { probeCalendar, probeDatabase, probeDisk, probeJobs } from './probes'
import { HEALTH_PATHS, type HealthCheck, readiness, readinessStatus, type Readiness } from './rules'

export { HEALTH_PATHS, readiness, readinessStatus, type HealthCheck, type Readiness } from './rules'
export { probeCalendar, probeDatabase, probeDisk, probeJobs } from './probes'
export { workersCheck } from './rules'

const NO_STORE = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }

export const healthResponse = (answer: Readiness): Response => new Response(JSON.stringify(answer), { status: readinessStatus(answer), headers: NO_STORE })

/** What the admin process needs: the database, the jobs it runs, room on disk. */
export const adminReadiness = async (payload: Payload, extra: HealthCheck[] = []): Promise<Readiness> =>
  readiness([...(await Promise.all([probeDatabase(payload), probeJobs(payload), probeDisk(dataDir()), probeCalendar(payload)])), ...extra])

const endpoints: Endpoint[] = [
  { path: HEALTH_PATHS.live, method: 'get', handler: async () => healthResponse(readiness([{ name: 'process', ok: true, detail: 'answering' }])) },
  { path: HEALTH_PATHS.ready, method: 'get', handler: async (req) => healthResponse(await adminReadiness(req.payload)) },
]

export const health =
  (): Plugin =>
  (config: Config): Config => ({ ...config, endpoints: [...(config.endpoints ?? []), ...endpoints] })
