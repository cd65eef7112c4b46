/**
 * The search engine in process, without a site: builds it from N generated news items
 * (bench/lib/newsText.ts, the same text as bench/generateNews.ts) and reports the heap the index
 * takes, the build time, and median/p95 of each query (200 rounds after a warm-up). This is the
 * per-worker memory and the engine's share of a search render; bench/scale.ts measures whole pages.
 *   node --expose-gc --import tsx bench/searchEngine.ts [10000]
 */
import { loadavg } from 'node:os'

import { addEntry, createEngine, queryEngine } from '../src/site/lib/search/engine'
import { newsText, seededRandom } from './lib/newsText'
import { describeMachine, startMachineReport } from './lib/machine'

const machine = startMachineReport()

const count = Number(process.argv[2] ?? 10_000)
const QUERIES = ['退役军人', '军人', '优待证', '优待', '就业招聘', '走访慰问', '烈士纪念', '服务站', '光荣院', '退役軍人服務站', '双拥', '抚恤补助', '城关镇 慰问', '技能培训']
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc (see the header)')

const random = seededRandom(20261202)
const items = Array.from({ length: count }, (_, index) => newsText(random, index))
gc()
const heapBefore = process.memoryUsage().heapUsed
const buildStarted = performance.now()
const engine = createEngine()
items.forEach((item, index) =>
  addEntry(engine, { id: `news:${index}`, type: 'news', title: item.title, text: [item.summary, ...item.paragraphs].join('\n'), url: `/news/${index}`, date: '2026-01-01' }),
)
const buildMs = performance.now() - buildStarted
gc()
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
const rows = QUERIES.map((query) => {
  for (let i = 0; i < 20; i += 1) queryEngine(engine, query)
  const times: number[] = []
  let total = 0
  for (let i = 0; i < 200; i += 1) {
    const started = performance.now()
    total = queryEngine(engine, query, { limit: 20 }).total
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { query, matches: total, medianMs: +percentile(times, 0.5).toFixed(3), p95Ms: +percentile(times, 0.95).toFixed(3) }
})
console.table(rows)
const all = rows.flatMap((row) => row.p95Ms).sort((a, b) => a - b)
console.log(
  `${count} items: index ${heapMb.toFixed(1)} MB of heap, built in ${(buildMs / 1000).toFixed(1)} s; worst query p95 ${all.at(-1)} ms; load average ${loadavg()[0].toFixed(2)}`,
)
console.log(describeMachine(machine.finish()))
