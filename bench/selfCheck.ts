/**
 * How long a 检查指标 self-check run takes (src/payload/selfCheck): the rules over a database's
 * published content, cases and settings, five runs after a warm-up. Point it at a data directory
 * that holds 10,000 news items (bench/generateNews.ts against a stack on that directory):
 *   DATA_DIR=/tmp/va-scale npx tsx bench/selfCheck.ts
 * The database is migrated on open (production mode), as `npm start` does. Addresses are not
 * checked over the network here (`fetcher: null`): that time depends on other sites, not on ours.
 */
import { loadavg } from 'node:os'

import { getPayload } from 'payload'

import config from '../payload.config'
import { runSelfCheck } from '../src/payload/selfCheck/run'
import { describeMachine, startMachineReport } from './lib/machine'

const machine = startMachineReport()

Object.assign(process.env, { NODE_ENV: 'production' })
const payload = await getPayload({ config })
const news = (await payload.count({ collection: 'news' })).totalDocs
await runSelfCheck(payload, new Date(), { fetcher: null })
const durations: number[] = []
let findings = 0
for (let run = 0; run < 5; run += 1) {
  const result = await runSelfCheck(payload, new Date(), { fetcher: null })
  durations.push(result.durationMs)
  findings = result.findings.length
}
console.log(`${news} news items: self-check runs of ${durations.join(', ')} ms (median ${[...durations].sort((a, b) => a - b)[2]} ms), ${findings} findings; load average ${loadavg()[0].toFixed(2)}`)
console.log(describeMachine(machine.finish()))
await payload.destroy()
process.exit(0)
