/**
 * Crash: kill -9 the site during a burst of submissions, restart it on the same database →
 * every submission that was answered 2xx is stored and complete, no case is half-written and
 * the database passes SQLite's integrity check.
 * Usage: tsx bench/enquiries-crash.ts  → bench/results/enquiries-crash.json
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { buildSite, isComplete, solvedChallenge, startSite, storedCases, submitJson, validBody } from './lib/enquirySite'
import { describeMachine, startMachineReport } from './lib/machine'

const port = Number(process.env.BENCH_PORT ?? 4444)
const concurrency = 40
const killAfterMs = Number(process.env.KILL_AFTER_MS ?? 2500)

buildSite()
const site = await startSite({ port })
const machine = startMachineReport()
const answered: string[] = []
let failed = 0
let index = 0
let killed = false

const worker = async () => {
  while (!killed) {
    try {
      const body = validBody(await solvedChallenge(site.url), index++)
      const response = await submitJson(site.url, body)
      const answer = (await response.json()) as { trackingCode?: string }
      if (response.ok && answer.trackingCode) answered.push(answer.trackingCode)
    } catch {
      failed += 1
    }
  }
}
const workers = Array.from({ length: concurrency }, worker)
await new Promise((resolve) => setTimeout(resolve, killAfterMs))
await site.kill9()
killed = true
await Promise.all(workers)

const restarted = await startSite({ port, dataDir: site.dataDir })
try {
  const rows = storedCases(site.dataDir)
  const stored = new Set(rows.map((row) => row.tracking_code))
  const db = new DatabaseSync(path.join(site.dataDir, 'site.db'), { readOnly: true })
  const integrity = (db.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check
  db.close()
  const afterRestart = await submitJson(restarted.url, validBody(await solvedChallenge(restarted.url), 999_999))
  const result = {
    sent: index,
    answered2xx: answered.length,
    failedByKill: failed,
    storedAfterRestart: rows.length,
    answeredButMissing: answered.filter((code) => !stored.has(code)).length,
    halfWritten: rows.filter((row) => !isComplete(row)).length,
    integrity,
    submitAfterRestart: afterRestart.status,
    machine: machine.finish(),
  }
  console.table(result)
  console.log(describeMachine(result.machine))
  writeFileSync('bench/results/enquiries-crash.json', `${JSON.stringify(result, null, 2)}\n`)
  process.exitCode = result.answeredButMissing || result.halfWritten || integrity !== 'ok' || afterRestart.status !== 201 ? 1 : 0
} finally {
  await restarted.stop()
}
