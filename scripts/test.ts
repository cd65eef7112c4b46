/**
 * `npm test`: type checks, then two Vitest lanes, one after the other (two cores):
 * 1. SQLite — unit, integration and end-to-end (Chromium) on the embedded database;
 * 2. MongoDB — every integration and end-to-end file again, on MONGODB_URI's server when set,
 *    else on a MongoDB wire server started here on a free port (scripts/mongo/wireServer.ts).
 * Each lane prints its own count; the run fails when either fails. Extra arguments (file
 * filters, `--project …`) go to both lanes; SKIP_MONGODB_LANE=1 runs only the first and
 * SKIP_SQLITE_LANE=1 only the second.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { run } from './lib/run'
import { failuresOf, type VitestReport } from './lib/vitestReport'
import { startWireServer, type WireServer } from './mongo/wireServer'

const bin = (name: string) => path.resolve('node_modules/.bin', name)
const started = Date.now()
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`

type LaneResult = { name: string; summary: string; success: boolean; failures: string[] }

const runLane = async (name: string, env: Record<string, string>): Promise<LaneResult> => {
  const laneStarted = Date.now()
  const report = path.join(tmpdir(), `va-vitest-${process.pid}-${env.TEST_LANE}.json`)
  console.log(`\n▶ Vitest — ${name}`)
  const exited = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
    env: { ...process.env, ...env },
  }).then(
    () => true,
    () => false,
  )
  if (!existsSync(report)) return { name, summary: `did not finish (${seconds(laneStarted)})`, success: false, failures: [] }
  const result = JSON.parse(readFileSync(report, 'utf8')) as VitestReport
  rmSync(report, { force: true })
  return {
    name,
    summary: `${result.numPassedTests} passed, ${result.numFailedTests} failed, ${result.numPendingTests} skipped (${seconds(laneStarted)})`,
    success: exited && result.success,
    failures: failuresOf(result),
  }
}

const lanes: LaneResult[] = []
let exitCode = 0
try {
  console.log('▶ 类型检查 (tsc, astro check)')
  await run(bin('tsc'), ['--noEmit'])
  await run(bin('astro'), ['check', '--minimumSeverity', 'warning'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })

  if (process.env.SKIP_SQLITE_LANE !== '1') {
    lanes.push(await runLane('SQLite lane: unit, integration, end-to-end', { TEST_LANE: 'sqlite' }))
  }

  if (process.env.SKIP_MONGODB_LANE !== '1') {
    let server: WireServer | undefined
    let mongoUri = process.env.MONGODB_URI
    if (!mongoUri) {
      server = await startWireServer()
      mongoUri = server.uri('va-test')
      console.log(`\nMongoDB wire server (CongoDB) on port ${server.port}; set MONGODB_URI to use a real server instead.`)
    }
    try {
      lanes.push(await runLane(`MongoDB lane (${server ? 'CongoDB wire server' : 'MONGODB_URI'}): integration, end-to-end`, { TEST_LANE: 'mongodb', MONGODB_URI: mongoUri }))
    } finally {
      await server?.stop()
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
}
console.log(`\nnpm test finished in ${seconds(started)}`)
for (const lane of lanes) {
  console.log(`${lane.success ? '✓' : '✗'} ${lane.name}: ${lane.summary}`)
  for (const failure of lane.failures) console.log(failure)
}
if (lanes.some((lane) => !lane.success)) exitCode = 1
process.exit(exitCode)
