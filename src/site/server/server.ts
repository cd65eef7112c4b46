/**
 * The public site process. A primary forks one worker per core (SITE_WORKERS to change it);
 * each worker runs Astro on an internal port and the caching front server on the shared public
 * port. A purge that reaches one worker is relayed through the primary to all of them, and the
 * enquiry rate limits are counted in one store they all share.
 * Run by scripts/start.ts with SITE_PORT, HOST and PAYLOAD_SECRET set.
 */
import cluster from 'node:cluster'
import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'

import { astroOutDir } from '../../../scripts/lib/buildDirs.mjs'
import { createSharedHitStore } from '../../payload/cases/infrastructure/hitStore'
import { dataDir, mediaDir, payloadSecret } from '../../payload/env'
import { purgeToken } from '../../shared'
import { servedOverHttps } from '../lib/securityHeaders'
import { createFrontServer } from './frontServer'
import { bumpContentGeneration } from './generation'
import { PageCache } from './pageCache'
import { PublicMedia } from './publicMedia'

const PURGE = 'va:purge'
const port = Number(process.env.SITE_PORT ?? 4321)
const host = process.env.HOST ?? '127.0.0.1'
const workers = Number(process.env.SITE_WORKERS ?? availableParallelism())

if (cluster.isPrimary) {
  // The enquiry rate limits and spent challenge tokens live in one file all workers share (cases/payload/services/limits.ts reads this).
  process.env.ENQUIRY_RATE_STORE = path.join(dataDir(), 'rate-limits.db')
  createSharedHitStore(process.env.ENQUIRY_RATE_STORE)
  cluster.on('message', (from, message) => {
    if (message !== PURGE) return
    for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== from) worker.send(PURGE)
  })
  cluster.on('exit', (worker, code, signal) => {
    console.error(`[site] worker ${worker.id} stopped (${signal ?? code}); starting another`)
    cluster.fork()
  })
  for (let index = 0; index < workers; index += 1) cluster.fork()
} else {
  const internalPort = Number(process.env.SITE_INTERNAL_PORT ?? port + 1000) + cluster.worker!.id
  const behindOwnProxy = process.env.TRUST_PROXY === '1'
  // TRUST_PROXY: the front server below is the only client of this Astro server and passes the reader's address on.
  Object.assign(process.env, { PORT: String(internalPort), HOST: '127.0.0.1', TRUST_PROXY: '1' })
  const entry = path.resolve(astroOutDir, 'server/entry.mjs')
  await import(entry)
  process.on('message', (message) => {
    if (message === PURGE) bumpContentGeneration()
  })
  const cacheDir = path.join(dataDir(), 'page-cache')
  // A rebuild writes a new entry: its time tells this build's cached pages from older ones.
  const cache = new PageCache(cacheDir, undefined, undefined, String(statSync(entry).mtimeMs))
  const restored = cache.loadFromDisk()
  createFrontServer({
    upstream: `http://127.0.0.1:${internalPort}`,
    cache,
    purgeToken: await purgeToken(payloadSecret()),
    media: new PublicMedia(mediaDir(), path.join(cacheDir, 'public-media.txt')),
    onPurge: () => process.send?.(PURGE),
    trustForwardedFor: behindOwnProxy,
    https: servedOverHttps(),
    log: (line) => console.log(`[site ${cluster.worker!.id}] ${line}`),
  }).listen(port, host, () => {
    console.log(`[site ${cluster.worker!.id}] listening on http://${host}:${port} (${restored} cached pages restored)`)
    // Builds this worker's search index now, not on a reader's first search (seconds with thousands of items).
    void fetch(`http://127.0.0.1:${internalPort}/search?q=${encodeURIComponent('退役军人')}`)
      .then((response) => response.arrayBuffer())
      .catch(() => undefined)
  })
}
