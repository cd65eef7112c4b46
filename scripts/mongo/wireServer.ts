/**
 * Starts a MongoDB wire server (CongoDB, see ./congodb.ts) for the MongoDB test lane and the
 * MongoDB demo. What it can and cannot prove is in the README (MongoDB section).
 */
import { createServer } from 'node:net'
import { pathToFileURL } from 'node:url'
import path from 'node:path'

import { ensureCongoDB } from './congodb'
import { patchLookup } from './lookup'
import { patchProjection } from './projection'

export type WireServer = { uri: (database: string) => string; port: number; stop: () => Promise<void> }

type CongoModule = {
  CongoServer: new (options: { port: number; host: string; storage: 'memory' | 'file'; storagePath?: string }) => {
    start: () => Promise<void>
    stop: () => Promise<void>
  }
}

/** A port nobody listens on now (the OS picks it). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/**
 * The connection string for one database on the server.
 * - `serverMonitoringMode=poll`: the driver's default streaming monitor (awaitable `hello` with
 *   moreToCome) breaks CongoDB connections (`MongoPoolClearedError`).
 * - `replicaSet=rs0`: Payload's MongoDB adapter uses transactions only when the URI names a
 *   replica set, as production does. CongoDB accepts the session and transaction commands (it
 *   applies writes at once and cannot roll back), so Payload runs its real transaction path —
 *   begin, commit, our afterCommit purge — here too.
 */
export const wireUri = (port: number, database: string): string =>
  `mongodb://127.0.0.1:${port}/${database}?serverMonitoringMode=poll&directConnection=true&replicaSet=rs0`

export const startWireServer = async (options: { port?: number; storagePath?: string } = {}): Promise<WireServer> => {
  const entry = ensureCongoDB()
  const congo = (await import(pathToFileURL(entry).href)) as CongoModule
  const engine = await import(pathToFileURL(path.join(path.dirname(entry), 'engine/AggregationEngine.js')).href)
  patchLookup(engine.AggregationEngine)
  patchProjection((await import(pathToFileURL(path.join(path.dirname(entry), 'engine/QueryEngine.js')).href)).QueryEngine)
  const port = options.port ?? (await freePort())
  const server = new congo.CongoServer({
    port,
    host: '127.0.0.1',
    ...(options.storagePath ? { storage: 'file', storagePath: options.storagePath } : { storage: 'memory' }),
  })
  await server.start()
  return { port, uri: (database) => wireUri(port, database), stop: () => server.stop() }
}
