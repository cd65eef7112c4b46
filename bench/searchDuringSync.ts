/**
 * Search during a sync: the production site process (a primary and one worker per core, as
 * `npm start` runs it) on its own SQLite database, port 4811 (BENCH_PORT; the admin is not
 * needed: bench/generateNews.ts writes through Payload's Local API). 10,000 news items
 * (BENCH_NEWS) are generated before the site starts, then three syncs are measured:
 * - a cold start: the workers have no index and build it from everything;
 * - every generated item taken offline at once, then put back at once (written straight to the
 *   database, as a bulk import or a restore would; the site hears one purge, as from a save).
 * For each, every worker is searched at once, one request at a time each, on its own Astro port
 * (page cache bypassed), a different query each time: p50/p95/max while its index catches up (the
 * page then says `cache-control: no-store`), of 100 searches after, each worker's first search,
 * and how long the sync took (purge to the first answer from an index up to date).
 * Goal: p95 ≤ 100 ms during the sync after the 10,000 are published.
 *
 * Usage: tsx bench/searchDuringSync.ts  → bench/results/search-during-sync.json (BENCH_SKIP_BUILD=1 reuses .build/search-sync)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
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

const run = async (label: string, workerUrls: string[], since: number) => {
  const result = await searchThroughSync(workerUrls, since)
  const found = await Promise.all(workerUrls.map(newsFound))
  console.log(
    `${label}: sync ${result.syncMs} ms; first search per worker ${result.firstMs.join(', ')} ms; ` +
      `during ${JSON.stringify(result.during)}; after ${JSON.stringify(result.after)}; 退役军人 finds ${found.join(', ')} news items per worker`,
  )
  return { ...result, newsFound: found }
}

if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(path.join(root, process.env.BUILD_DIR, 'dist/server/entry.mjs'))) buildSite()
const dataDir = mkdtempSync(path.join(tmpdir(), 'va-search-sync-'))
const tool = (script: string, args: string[], env: Record<string, string>) => {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [script, ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URI: '', PAYLOAD_SECRET: SECRET, SITE_INTERNAL_URL: '', ...env },
  })
  if (result.status !== 0) throw new Error(`${script} failed`)
}
tool('bench/lib/pushSchema.ts', [], { NODE_ENV: 'development', PAYLOAD_DEV_PUSH: 'true' })
console.log(`adding ${count} news items to ${dataDir} …`)
tool('bench/generateNews.ts', [String(count)], {})
/** Takes every generated item offline or puts it back at once, as a bulk import or a restore would; the site hears one purge. */
const setGenerated = (status: 'draft' | 'published') => {
  const db = new DatabaseSync(path.join(dataDir, 'site.db'))
  try {
    return Number(db.prepare("update news set _status = ? where slug like 'bench-%'").run(status).changes)
  } finally {
    db.close()
  }
}

const machine = startMachineReport()
let started = performance.now()
const site = await startSite({ port, workers, dataDir, workerUrls: true })
const workerUrls = site.workerUrls
try {
  // A cold start: the workers have no index yet and build it from the 10,000 items.
  const cold = await run(`cold start with ${count} items`, workerUrls, started)
  const unpublished = setGenerated('draft')
  started = performance.now()
  await purge(site.url, { bench: 'searchDuringSync', unpublished })
  const removed = await run(`after unpublishing ${unpublished} at once`, workerUrls, started)
  const published = setGenerated('published')
  started = performance.now()
  await purge(site.url, { bench: 'searchDuringSync', published })
  const added = await run(`after publishing ${published} at once`, workerUrls, started)

  const report = machine.finish()
  console.log(describeMachine(report))
  const result = { at: new Date().toISOString(), workers, news: count, machine: report, cold, unpublished: removed, published: added }
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { runs: unknown[] }).runs : []
  const goal = 'p95 of searches on every worker during the sync after 10,000 news items are published at once ≤ 100 ms'
  writeFileSync(RESULTS, `${JSON.stringify({ goal, runs: [...previous, result].slice(-4) }, null, 2)}\n`)
  console.log(`written to ${path.relative(root, RESULTS)}`)
} finally {
  await site.stop()
}
