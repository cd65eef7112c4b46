/**
 * Concurrency: 1,000 submissions at once → every 2xx has exactly one stored, complete case with
 * a unique tracking code; reports submissions per second. Also replays 100 of them (client
 * retries) and checks no second case appears.
 * Usage: tsx bench/enquiries-concurrency.ts [count]  → bench/results/enquiries-concurrency.json
 */
import { writeFileSync } from 'node:fs'

import { buildSite, isComplete, solvedChallenge, startSite, storedCases, submitJson, validBody } from './lib/enquirySite'

const count = Number(process.argv[2] ?? 1000)
const port = Number(process.env.BENCH_PORT ?? 4443)

buildSite()
const site = await startSite({ port })
try {
  const check = await solvedChallenge(site.url)
  const bodies = Array.from({ length: count }, (_, index) => validBody(check, index))
  const started = performance.now()
  const answers = await Promise.all(
    bodies.map(async (body) => {
      const response = await submitJson(site.url, body)
      return { status: response.status, ...((await response.json()) as { trackingCode?: string; secret?: string }) }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const replays = await Promise.all(bodies.slice(0, 100).map(async (body) => (await (await submitJson(site.url, body)).json()) as { trackingCode?: string }))

  const rows = storedCases(site.dataDir)
  const byCode = new Map<string, number>()
  for (const row of rows) byCode.set(row.tracking_code, (byCode.get(row.tracking_code) ?? 0) + 1)
  const accepted = answers.filter((answer) => answer.status === 201)
  const result = {
    submissions: count,
    accepted: accepted.length,
    statuses: answers.reduce<Record<number, number>>((all, answer) => ({ ...all, [answer.status]: (all[answer.status] ?? 0) + 1 }), {}),
    stored: rows.length,
    uniqueCodes: new Set(accepted.map((answer) => answer.trackingCode)).size,
    everyAcceptedStoredOnce: accepted.every((answer) => byCode.get(answer.trackingCode!) === 1),
    allComplete: rows.every(isComplete),
    replaysAnsweredWithSameCode: replays.every((replay, index) => replay.trackingCode === answers[index].trackingCode),
    storedAfterReplays: storedCases(site.dataDir).length,
    seconds: Number(seconds.toFixed(2)),
    submissionsPerSecond: Math.round(count / seconds),
  }
  console.table(result)
  writeFileSync('bench/results/enquiries-concurrency.json', `${JSON.stringify(result, null, 2)}\n`)
  const ok = result.accepted === count && result.uniqueCodes === count && result.everyAcceptedStoredOnce && result.allComplete && result.replaysAnsweredWithSameCode && result.storedAfterReplays === count
  process.exitCode = ok ? 0 : 1
} finally {
  await site.stop()
}
