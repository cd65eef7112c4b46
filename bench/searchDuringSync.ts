/**
 * Search during a sync: the production site process (a primary and one worker per core, as
 * `npm start` runs it) on its own SQLite database, port 4811 (BENCH_PORT). Its workers build their
 * search index, 10,000 news items (BENCH_NEWS) are added with bench/generateNews.ts, and a purge is
 * sent the way the back office sends one after a save. At once every worker is searched, one
 * request at a time each, on its own Astro port (page cache bypassed), with a different query each
 * time: p50/p95/max while its index catches up (the page says so with `cache-control: no-store`)
 * and for 100 searches after; and how long the sync took (purge to the first answer of an index up
 * to date). Then the same for a bulk unpublish: half the items taken offline at once (written
 * straight to the database, as an import would, then one purge). Goal: p95 ≤ 100 ms during the sync.
 * The admin is not started: the generator writes through Payload's Local API itself.
 *
 * Usage: tsx bench/searchDuringSync.ts  → bench/results/search-during-sync.json (BENCH_SKIP_BUILD=1 reuses .build/search-sync)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { sendPurge } from '../src/shared'
import { describeMachine, startMachineReport } from './lib/machine'

// Read by enquirySite.ts when it loads.
process.env.BUILD_DIR ??= '.build/search-sync'
const { buildSite, startSite } = await import('./lib/enquirySite')
const port = Number(process.env.BENCH_PORT ?? 4811)
const count = Number(process.env.BENCH_NEWS ?? 10_000)
const workers = Number(process.env.SITE_WORKERS ?? availableParallelism())
const SECRET = 'enquiry-bench-secret'
const AFTER = 100
const root = path.resolve(import.meta.dirname, '..')
const RESULTS = path.join(root, 'bench/results/search-during-sync.json')
const QUERIES = ['退役军人', '优待证', '就业招聘', '走访慰问', '烈士纪念', '服务站', '光荣院', '双拥', '政策解读', '慰问金', '军休', '安置']

type Stats = { samples: number; p50Ms: number; p95Ms: number; maxMs: number }
const stats = (timings: number[]): Stats => {
  const sorted = [...timings].sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 10) / 10
  if (sorted.length === 0) return { samples: 0, p50Ms: 0, p95Ms: 0, maxMs: 0 }
  return { samples: sorted.length, p50Ms: round(sorted[Math.floor(sorted.length / 2)]), p95Ms: round(sorted[Math.ceil(sorted.length * 0.95) - 1]), maxMs: round(sorted.at(-1)!) }
}

/** One search on a worker's Astro port; whether its index was still catching up. */
let asked = 0
const searchOn = async (worker: string) => {
  asked += 1
  const query = `${QUERIES[asked % QUERIES.length]}${asked % 3 === 0 ? ' 活动' : ''}`
  const started = performance.now()
  const response = await fetch(`${worker}/search?q=${encodeURIComponent(query)}&page=${1 + (asked % 2)}`)
  await response.text()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`${worker} answered ${response.status}`)
  return { ms, catchingUp: response.headers.get('cache-control')?.includes('no-store') ?? false }
}

/** How many news items a worker's index finds for 退役军人: the check that the sync did its work. */
const newsFound = async (worker: string) => {
  const body = await (await fetch(`${worker}/search?q=${encodeURIComponent('退役军人')}&type=news`)).text()
  return Number(/新闻\((\d+)\)/.exec(body)?.[1] ?? 0)
}

/** Searches every worker until its index is up to date, then AFTER more times; per worker and in all. */
const searchThroughSync = async (workerUrls: string[], since: number) => {
  const perWorker = await Promise.all(
    workerUrls.map(async (worker) => {
      const during: number[] = []
      const after: number[] = []
      let syncMs: number | undefined
      let firstMs: number | undefined
      while (after.length < AFTER) {
        const sent = performance.now()
        const { ms, catchingUp } = await searchOn(worker)
        firstMs ??= ms
        if (catchingUp) during.push(ms)
        else {
          syncMs ??= sent - since
          after.push(ms)
        }
        if (performance.now() - since > 600_000) throw new Error(`${worker}: still catching up after 10 minutes`)
      }
      return { worker, syncMs: Math.round(syncMs!), firstMs: Math.round(firstMs!), during: stats(during), after: stats(after), raw: { during, after } }
    }),
  )
  return {
    syncMs: Math.max(...perWorker.map((each) => each.syncMs)),
    /** Each worker's first search after the purge: where a search that waits for the sync shows it (before issue 20). */
    firstMs: perWorker.map((each) => each.firstMs),
    during: stats(perWorker.flatMap((each) => each.raw.during)),
    after: stats(perWorker.flatMap((each) => each.raw.after)),
    workers: perWorker.map(({ raw: _raw, ...each }) => each),
  }
}

const purge = async (site: string, note: Record<string, unknown>) => {
  const response = await sendPurge(site, SECRET, note)
  if (response.status !== 204) throw new Error(`purge answered ${response.status}`)
}

if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(path.join(root, process.env.BUILD_DIR, 'dist/server/entry.mjs'))) buildSite()
const site = await startSite({ port, workers })
const workerUrls = Array.from({ length: workers }, (_, index) => `http://127.0.0.1:${port + 10 + index + 1}`)
try {
  // Every worker has its (small) index before the news arrive.
  for (const worker of workerUrls) while ((await searchOn(worker)).catchingUp) await new Promise((resolve) => setTimeout(resolve, 50))

  console.log(`adding ${count} news items to ${site.dataDir} …`)
  const generated = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['bench/generateNews.ts', String(count)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATA_DIR: site.dataDir, DATABASE_URI: '', PAYLOAD_SECRET: SECRET, SITE_INTERNAL_URL: '' },
  })
  if (generated.status !== 0) throw new Error('bench/generateNews.ts failed')

  const machine = startMachineReport()
  let started = performance.now()
  await purge(site.url, { bench: 'searchDuringSync', added: count })
  const added = await searchThroughSync(workerUrls, started)
  console.log(`news found for 退役军人 on each worker: ${(await Promise.all(workerUrls.map(newsFound))).join(', ')}`)
  console.log(`after adding ${count}: sync ${added.syncMs} ms; first search per worker ${added.firstMs.join(', ')} ms; during ${JSON.stringify(added.during)}; after ${JSON.stringify(added.after)}`)

  const db = new DatabaseSync(path.join(site.dataDir, 'site.db'))
  const published = () => Number((db.prepare("select count(*) as n from news where _status = 'published'").get() as { n: number }).n)
  const before = published()
  db.prepare("update news set _status = 'draft' where slug like 'bench-%' and substr(id, 1, 1) < '8'").run()
  const unpublished = before - published()
  db.close()
  started = performance.now()
  await purge(site.url, { bench: 'searchDuringSync', unpublished })
  const removed = await searchThroughSync(workerUrls, started)
  console.log(`news found for 退役军人 on each worker: ${(await Promise.all(workerUrls.map(newsFound))).join(', ')}`)
  console.log(`after unpublishing ${unpublished}: sync ${removed.syncMs} ms; first search per worker ${removed.firstMs.join(', ')} ms; during ${JSON.stringify(removed.during)}; after ${JSON.stringify(removed.after)}`)

  const report = machine.finish()
  console.log(describeMachine(report))
  const run = { at: new Date().toISOString(), workers, news: count, machine: report, added, unpublished: { count: unpublished, ...removed } }
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { runs: unknown[] }).runs : []
  const goal = 'p95 of searches on every worker during the sync after 10,000 news items are added ≤ 100 ms'
  writeFileSync(RESULTS, `${JSON.stringify({ goal, runs: [...previous, run].slice(-4) }, null, 2)}\n`)
  console.log(`written to ${path.relative(root, RESULTS)}`)
} finally {
  await site.stop()
}
