/**
 * The public site process: Astro's server on an internal port, the caching front server on
 * the public one. Run by scripts/start.ts with SITE_PORT, HOST and PAYLOAD_SECRET set.
 */
import path from 'node:path'

import { astroOutDir } from '../../../scripts/lib/buildDirs.mjs'
import { dataDir, payloadSecret } from '../../payload/env'
import { createFrontServer } from './frontServer'
import { PageCache } from './pageCache'
import { purgeToken } from './purgeToken'

const port = Number(process.env.SITE_PORT ?? 4321)
const host = process.env.HOST ?? '127.0.0.1'
const internalPort = Number(process.env.SITE_INTERNAL_PORT ?? port + 1000)

Object.assign(process.env, { PORT: String(internalPort), HOST: '127.0.0.1' })
await import(path.resolve(astroOutDir, 'server/entry.mjs'))

const cache = new PageCache(path.join(dataDir(), 'page-cache'))
const restored = cache.loadFromDisk()
createFrontServer({
  upstream: `http://127.0.0.1:${internalPort}`,
  cache,
  purgeToken: purgeToken(payloadSecret()),
  log: (line) => console.log(`[site] ${line}`),
}).listen(port, host, () => console.log(`[site] listening on http://${host}:${port} (${restored} cached pages restored)`))
