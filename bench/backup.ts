/**
 * Backup and restore of a data directory, as an operator runs them: `npm run backup` (twice, for
 * the noise) and `npm run restore` into an empty place, each timed from outside, with the archive's
 * size. Usage: DATA_DIR=/path tsx bench/backup.ts   (SQLite; the stack may be running)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { describeMachine, startMachineReport } from './lib/machine'

const machine = startMachineReport()

const dataDir = process.env.DATA_DIR
if (!dataDir) throw new Error('DATA_DIR must name the data directory to back up')
const scratch = mkdtempSync(path.join(tmpdir(), 'va-bench-backup-'))
const run = (args: string[], env: Record<string, string> = {}) => {
  const started = performance.now()
  execFileSync(process.execPath, ['scripts/launch.mjs', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  return (performance.now() - started) / 1000
}
try {
  const database = statSync(path.join(dataDir, 'site.db')).size
  console.log(`data: ${dataDir} (site.db ${(database / 1e6).toFixed(1)} MB), load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`)
  for (const round of [1, 2]) {
    const out = path.join(scratch, `out-${round}`)
    const seconds = run(['backup', '--out', out])
    const [archive] = readdirSync(out)
    console.log(`backup ${round}: ${seconds.toFixed(2)} s, archive ${(statSync(path.join(out, archive!)).size / 1e6).toFixed(1)} MB`)
  }
  const [archive] = readdirSync(path.join(scratch, 'out-1'))
  const target = path.join(scratch, 'restored')
  const seconds = run(['restore', path.join(scratch, 'out-1', archive!)], { DATA_DIR: target, DATABASE_URI: '', KEYS_DIR: `${target}-keys` })
  console.log(`restore (and verify): ${seconds.toFixed(2)} s`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
console.log(describeMachine(machine.finish()))
