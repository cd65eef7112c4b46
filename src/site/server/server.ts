/**
 * The public site process. A primary forks one worker per core (SITE_WORKERS to change it);
 * each worker runs Astro on an internal port and the caching front server on the shared public
 * port. A purge that reaches one worker is relayed through the primary to all of them and
 * answered once they all have it (a reader's next request, on any worker, sees the change). Each
 * worker also follows the purge log in the database, for purges sent to other site hosts. The
 * enquiry rate limits are counted in one store all workers and hosts share.
 * Run by scripts/start.ts with SITE_PORT, HOST and PAYLOAD_SECRET set.
 */
import cluster, { type Worker } from 'node:cluster'
import type { Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'

import { astroOutDir } from '../../../scripts/lib/buildDirs.mjs'
import { createSharedHitStore, DATABASE_HIT_STORE } from '../../payload/cases/infrastructure/hitStore'
import { workersCheck } from '../../payload/health/rules'
import { databaseUri, dataDir, isMongoUri, mediaDir, payloadSecret } from '../../payload/env'
import { log, routeConsoleToLog } from '../../payload/log'
import { PURGE_LOG_POLL_MS, purgeToken } from '../../shared'
import { servedOverHttps } from '../lib/securityHeaders'
import { type AstroHandler, createFrontServer } from './frontServer'
import { bumpContentGeneration, notePurgeSeen } from './generation'
import { PageCache } from './pageCache'
import { PublicMedia } from './publicMedia'

/** A purge relayed to every worker: asked (PURGE), acknowledged (PURGE_ACK), done for the asker (PURGED). */
const PURGE = 'va:purge'
const PURGE_ACK = 'va:purge-ack'
const PURGED = 'va:purged'
type PurgeMessage = { type: typeof PURGE | typeof PURGE_ACK | typeof PURGED; id: string; purge?: string }
const isPurgeMessage = (message: unknown): message is PurgeMessage =>
  typeof message === 'object' && message !== null && typeof (message as PurgeMessage).id === 'string' && String((message as PurgeMessage).type).startsWith('va:purge')
/** /readyz asks the primary how many workers run: asked (WORKERS), answered (WORKERS_RUNNING). */
const WORKERS = 'va:workers'
const WORKERS_RUNNING = 'va:workers-running'
type WorkersMessage = { type: typeof WORKERS | typeof WORKERS_RUNNING; id: string; running?: number; expected?: number }
const isWorkersMessage = (message: unknown): message is WorkersMessage =>
  typeof message === 'object' && message !== null && [WORKERS, WORKERS_RUNNING].includes(String((message as WorkersMessage).type))
/** How long a purge waits for its siblings at most (a worker that hangs must not hold up a save). */
const RELAY_TIMEOUT_MS = 1000
const port = Number(process.env.SITE_PORT ?? 4321)

/** The port a server was given once it listens. */
const listeningPort = (server: HttpServer) =>
  new Promise<number>((resolve, reject) => {
    if (server.listening) return resolve((server.address() as AddressInfo).port)
    server.once('listening', () => resolve((server.address() as AddressInfo).port))
    server.once('error', reject)
  })
const host = process.env.HOST ?? '127.0.0.1'
const workers = Number(process.env.SITE_WORKERS ?? availableParallelism())

// JSON lines, Astro's and Payload's included (src/payload/log.ts).
const logger = log('site')
routeConsoleToLog(logger)

if (cluster.isPrimary) {
  // The enquiry rate limits and spent challenge tokens are counted where every worker and every
  // site host sees them (cases/payload/services/limits.ts reads this): on MongoDB in the database,
  // else in one file in the data folder.
  if (isMongoUri(databaseUri())) {
    process.env.ENQUIRY_RATE_STORE = DATABASE_HIT_STORE
  } else {
    process.env.ENQUIRY_RATE_STORE = path.join(dataDir(), 'rate-limits.db')
    createSharedHitStore(process.env.ENQUIRY_RATE_STORE)
  }
  const pending = new Map<string, { asker: Worker; waiting: Set<number> }>()
  const settle = (id: string) => {
    const entry = pending.get(id)
    if (!entry || entry.waiting.size > 0) return
    pending.delete(id)
    if (entry.asker.isConnected()) entry.asker.send({ type: PURGED, id })
  }
  cluster.on('message', (from, message) => {
    if (isWorkersMessage(message) && message.type === WORKERS) {
      const running = Object.values(cluster.workers ?? {}).filter((worker) => worker?.isConnected()).length
      from.send({ type: WORKERS_RUNNING, id: message.id, running, expected: workers })
      return
    }
    if (!isPurgeMessage(message)) return
    if (message.type === PURGE) {
      const others = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => Boolean(worker && worker !== from && worker.isConnected()))
      pending.set(message.id, { asker: from, waiting: new Set(others.map((worker) => worker.id)) })
      for (const worker of others) worker.send(message)
      settle(message.id)
    } else if (message.type === PURGE_ACK) {
      pending.get(message.id)?.waiting.delete(from.id)
      settle(message.id)
    }
  })
  cluster.on('exit', (worker, code, signal) => {
    for (const [id, entry] of pending) {
      entry.waiting.delete(worker.id)
      settle(id)
    }
    logger.error({ worker: worker.id, exit: signal ?? code }, 'worker stopped; starting another')
    cluster.fork()
  })
  for (let index = 0; index < workers; index += 1) cluster.fork()
} else {
  const behindOwnProxy = process.env.TRUST_PROXY === '1'
  // TRUST_PROXY: the front server below is the only client of this Astro server and passes the reader's address on.
  // PORT 0: the system picks a free internal port. A port computed from the public one and the
  // worker's id (which grows with each restart) could be another site process's on this machine,
  // and its pages would then be served here.
  Object.assign(process.env, { PORT: '0', HOST: '127.0.0.1', TRUST_PROXY: '1', ASTRO_NODE_AUTOSTART: 'disabled' })
  const entry = path.resolve(astroOutDir, 'server/entry.mjs')
  // Astro listens on the internal port (renders for the cache) and hands the front server its handler (everything passed through).
  const { handler: astro, startServer } = (await import(entry)) as { handler: AstroHandler; startServer: () => { server: { server: HttpServer } } }
  const internalPort = await listeningPort(startServer().server.server)
  const relayed = new Map<string, () => void>()
  const counted = new Map<string, (answer: WorkersMessage) => void>()
  process.on('message', (message) => {
    if (isWorkersMessage(message) && message.type === WORKERS_RUNNING) return counted.get(message.id)?.(message)
    if (!isPurgeMessage(message)) return
    if (message.type === PURGE) {
      if (message.purge) notePurgeSeen(message.purge)
      bumpContentGeneration()
      process.send?.({ type: PURGE_ACK, id: message.id })
    } else if (message.type === PURGED) {
      relayed.get(message.id)?.()
    }
  })
  /** Passes a purge this worker took on to its siblings; resolves once they all have it. */
  const relayPurge = (purge?: string) =>
    new Promise<void>((resolve) => {
      const id = randomUUID()
      const done = () => {
        clearTimeout(timer)
        relayed.delete(id)
        resolve()
      }
      const timer = setTimeout(done, RELAY_TIMEOUT_MS)
      relayed.set(id, done)
      process.send?.({ type: PURGE, id, purge })
    })
  /** The workers running, as the primary counts them (no answer in a second: this worker alone is known to run). */
  const workersRunning = () =>
    new Promise<ReturnType<typeof workersCheck>>((resolve) => {
      const id = randomUUID()
      const done = (answer?: WorkersMessage) => {
        clearTimeout(timer)
        counted.delete(id)
        resolve(workersCheck(answer?.running ?? 1, answer?.expected ?? workers))
      }
      const timer = setTimeout(done, RELAY_TIMEOUT_MS)
      counted.set(id, done)
      process.send?.({ type: WORKERS, id })
    })
  const cacheDir = path.join(dataDir(), 'page-cache')
  // A rebuild writes a new entry: its time tells this build's cached pages from older ones.
  const cache = new PageCache(cacheDir, undefined, undefined, String(statSync(entry).mtimeMs))
  const restored = cache.loadFromDisk()
  createFrontServer({
    upstream: `http://127.0.0.1:${internalPort}`,
    astro,
    cache,
    purgeToken: await purgeToken(payloadSecret()),
    media: new PublicMedia(mediaDir(), path.join(cacheDir, 'public-media.txt')),
    onPurge: relayPurge,
    purgeLogPollMs: PURGE_LOG_POLL_MS,
    trustForwardedFor: behindOwnProxy,
    https: servedOverHttps(),
    readinessChecks: async () => [await workersRunning()],
    log: (line) => logger.info({ worker: cluster.worker!.id }, line),
    accessLog: logger.child({ worker: cluster.worker!.id, kind: 'access' }),
  }).listen(port, host, () => {
    // internalPort: where a bench reaches this one worker's renders (bench/searchDuringSync.ts).
    logger.info({ worker: cluster.worker!.id, restoredPages: restored, internalPort }, `listening on http://${host}:${port}`)
    // Builds this worker's search index now, not on a reader's first search (seconds with thousands of items).
    void fetch(`http://127.0.0.1:${internalPort}/search?q=${encodeURIComponent('退役军人')}`)
      .then((response) => response.arrayBuffer())
      .catch(() => undefined)
  })
}
