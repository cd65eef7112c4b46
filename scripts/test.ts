/**
 * `npm test`: type checks, then every Vitest project (unit, integration on SQLite — and on
 * MongoDB when MONGODB_URI is set — and end-to-end in Chromium), then one summary line.
 */
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { run } from './lib/run'

const bin = (name: string) => path.resolve('node_modules/.bin', name)
const started = Date.now()
const report = path.join(tmpdir(), `va-vitest-${process.pid}.json`)

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; success: boolean }

let exitCode = 0
try {
  console.log('▶ 类型检查 (tsc, astro check)')
  await run(bin('tsc'), ['--noEmit'])
  await run(bin('astro'), ['check', '--minimumSeverity', 'warning'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
  console.log('▶ Vitest: unit, integration, end-to-end')
  await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]).catch(
    () => {
      exitCode = 1
    },
  )
  const result = JSON.parse(readFileSync(report, 'utf8')) as VitestReport
  rmSync(report, { force: true })
  if (!result.success) exitCode = 1
  console.log(`\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  console.log(`${result.numPassedTests} passed, ${result.numFailedTests} failed, ${result.numPendingTests} skipped`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
}
process.exit(exitCode)
