/**
 * Database unavailable: while another process holds SQLite's write lock, a submission is
 * answered 503 with a clear Chinese message and nothing is stored; once the lock is gone the
 * same submission (same key, as the island retries it) must be stored — read back by another
 * connection. This is what caught the libsql bug src/payload/sqlite/recoveringClient.ts works
 * around: after SQLITE_BUSY the connection stayed inside an implicit transaction, so the retry was
 * answered 201 but never committed (bench/enquiries-libsql-busy.mjs reproduces it alone).
 * Usage: tsx bench/enquiries-unavailable.ts  → bench/results/enquiries-unavailable.json
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { buildSite, solvedChallenge, startSite, storedCases, submitJson, validBody } from './lib/enquirySite'
import { describeMachine, startMachineReport } from './lib/machine'

const port = Number(process.env.BENCH_PORT ?? 4445)

buildSite()
const site = await startSite({ port })
const machine = startMachineReport()
try {
  const body = validBody(await solvedChallenge(site.url), 1)
  const lock = new DatabaseSync(path.join(site.dataDir, 'site.db'))
  lock.exec('begin exclusive')
  const started = performance.now()
  const refused = await submitJson(site.url, body)
  const refusedAfter = (performance.now() - started) / 1000
  const refusedBody = (await refused.json()) as { message?: string }
  const storedWhileLocked = storedCases(site.dataDir).length
  lock.exec('rollback')
  lock.close()
  const retried = await submitJson(site.url, body)
  const result = {
    statusWhileLocked: refused.status,
    message: refusedBody.message,
    secondsToAnswer: Number(refusedAfter.toFixed(1)),
    storedWhileLocked,
    statusAfterRetry: retried.status,
    // Read by another connection: what a restart would find.
    storedAfterRetry: storedCases(site.dataDir).length,
    machine: machine.finish(),
  }
  console.table(result)
  console.log(describeMachine(result.machine))
  writeFileSync('bench/results/enquiries-unavailable.json', `${JSON.stringify(result, null, 2)}\n`)
  process.exitCode = refused.status === 503 && storedWhileLocked === 0 && retried.status === 201 && result.storedAfterRetry === 1 ? 0 : 1
} finally {
  await site.stop()
}
