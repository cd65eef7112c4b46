/**
 * Scale: p95 and median latency of news list pages, article pages and search on a running
 * stack, measured on renders (requests go straight to one Astro worker's internal port,
 * SITE_PORT + 1000 + worker id, bypassing the front server's page cache) and through the cache.
 * Sequential requests, a warm-up pass first, ≥ 100 samples per type. Also timed, fewer samples:
 * the home page, a column's RSS feed and sitemap.xml (renders), the run's first search (which
 * builds the worker's search index if it has none yet) and the first search after a purge (the
 * index brought up to date), the latter when DATA_DIR is given (to sign the purge).
 *
 * Run it once on the demo content, generate the news (bench/generateNews.ts), run it again:
 *   DATA_DIR=… npx tsx bench/scale.ts demo   --site http://127.0.0.1:4321 [--worker http://127.0.0.1:5322]
 *   DATA_DIR=… npx tsx bench/generateNews.ts 10000 --site http://127.0.0.1:4321
 *   DATA_DIR=… npx tsx bench/scale.ts scaled --site http://127.0.0.1:4321
 * Each run is kept in bench/results/scale.json under its label; once both are there the
 * ratios (scaled / demo) are computed and a table printed. Goal: every ratio ≤ 2.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'

import { NEWS_CATEGORIES } from '../src/payload/constants/news'
import { seededRandom } from './lib/newsText'
import { describeMachine, startMachineReport } from './lib/machine'

const machine = startMachineReport()

const args = process.argv.slice(2)
const option = (name: string) => {
  const index = args.indexOf(name)
  return index >= 0 ? args.splice(index, 2)[1] : undefined
}
const site = (option('--site') ?? 'http://127.0.0.1:4321').replace(/\/$/, '')
let worker = option('--worker')?.replace(/\/$/, '')
const samples = Number(option('--samples') ?? 120)
const label = args[0]
if (label !== 'demo' && label !== 'scaled') throw new Error('usage: tsx bench/scale.ts demo|scaled --site <url> [--worker <url>] [--samples n]')

const RESULTS = path.resolve('bench/results/scale.json')
const QUERIES = ['退役军人', '优待证', '就业招聘', '走访慰问', '烈士纪念', '服务站', '光荣院', '退役軍人服務站', '双拥', '政策解读']

type Stats = { samples: number; medianMs: number; p95Ms: number; maxMs: number }
type Run = {
  at: string
  newsCount: number
  conditions: string
  renders: Record<string, Stats>
  throughCache: Record<string, Stats>
  firstSearchMs?: number
  firstSearchAfterPurgeMs?: number
}

const stats = (timings: number[]): Stats => {
  const sorted = [...timings].sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    samples: sorted.length,
    medianMs: round(sorted[Math.floor(sorted.length / 2)]),
    p95Ms: round(sorted[Math.ceil(sorted.length * 0.95) - 1]),
    maxMs: round(sorted.at(-1)!),
  }
}

const get = async (base: string, url: string) => {
  const started = performance.now()
  const response = await fetch(`${base}${url}`, { redirect: 'manual' })
  const body = await response.text()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`${base}${url} answered ${response.status}`)
  return { ms, body }
}

/** The Astro worker of this site: the first internal port that answers. */
const findWorker = async () => {
  const { port, hostname } = new URL(site)
  for (let id = 1; id <= 16; id += 1) {
    const candidate = `http://${hostname}:${Number(port) + 1000 + id}`
    const ok = await fetch(`${candidate}/accessibility`).then((response) => response.ok, () => false)
    if (ok) return candidate
  }
  throw new Error('no Astro worker found on SITE_PORT + 1000 + id; pass --worker')
}
worker ??= await findWorker()

/** The URLs of each type: every column's pages 1, 2, 5 and a deep one; articles from sitemap.xml; the queries. */
const lastPage = (html: string) => Math.max(1, ...[...html.matchAll(/\?page=(\d+)/g)].map((match) => Number(match[1])))
const listUrls: string[] = []
let deepest = 1
for (const category of NEWS_CATEGORIES) {
  const last = lastPage((await get(worker, `/news/${category}`)).body)
  deepest = Math.max(deepest, last)
  const deep = last >= 50 ? 50 : last
  for (const page of new Set([1, 2, 5, deep, last].filter((page) => page <= last))) {
    listUrls.push(page === 1 ? `/news/${category}` : `/news/${category}?page=${page}`)
  }
}
const sitemap = await get(worker, '/sitemap.xml')
const allArticles = [...sitemap.body.matchAll(/<loc>https?:\/\/[^/<]+(\/news\/[a-z]+\/[^<]+)<\/loc>/g)].map((match) => match[1])
const random = seededRandom(42)
const shuffled = allArticles.map((url) => [random(), url] as const).sort((a, b) => a[0] - b[0]).map(([, url]) => url)
const articleUrls = shuffled.slice(0, Math.max(samples, 1))
const searchUrls = QUERIES.map((query) => `/search?q=${encodeURIComponent(query)}`)

/** Optional: a signed purge, then the first search on the worker rebuilds its index. */
const firstSearchAfterPurge = async () => {
  if (!process.env.DATA_DIR) return undefined
  const { payloadSecret } = await import('../src/payload/env')
  const { sendPurge } = await import('../src/shared')
  const response = await sendPurge(site, payloadSecret(), { bench: 'scale' })
  if (response.status !== 204) throw new Error(`purge answered ${response.status}`)
  await new Promise((resolve) => setTimeout(resolve, 200)) // the primary relays it to every worker
  return Math.round((await get(worker!, searchUrls[0])).ms)
}

const measure = async (base: string, urls: string[]) => {
  // Warm-up: a few renders; through the cache every URL once, so that what follows are hits.
  for (const url of base === site ? urls : urls.slice(0, 10)) await get(base, url)
  const timings: number[] = []
  for (let index = 0; timings.length < Math.max(samples, urls.length); index += 1) timings.push((await get(base, urls[index % urls.length])).ms)
  return stats(timings)
}
const measureFew = async (base: string, url: string, count: number) => {
  await get(base, url)
  const timings: number[] = []
  for (let index = 0; index < count; index += 1) timings.push((await get(base, url)).ms)
  return stats(timings)
}

// The first search a worker answers builds its index (unless an earlier one did): timed too.
const firstSearchMs = Math.round((await get(worker, searchUrls[1])).ms)
const firstSearch = await firstSearchAfterPurge()
const types = { list: listUrls, article: articleUrls, search: searchUrls }
const renders: Record<string, Stats> = {}
const throughCache: Record<string, Stats> = {}
for (const [type, urls] of Object.entries(types)) {
  renders[type] = await measure(worker, urls)
  console.log(`render  ${type.padEnd(8)} ${JSON.stringify(renders[type])}`)
}
renders.home = await measureFew(worker, '/', 20)
renders.rss = await measureFew(worker, '/news/work/rss.xml', 20)
renders.sitemapXml = await measureFew(worker, '/sitemap.xml', 10)
for (const type of ['home', 'rss', 'sitemapXml']) console.log(`render  ${type.padEnd(8)} ${JSON.stringify(renders[type])}`)
for (const [type, urls] of Object.entries(types)) {
  throughCache[type] = await measure(site, urls)
  console.log(`cached  ${type.padEnd(8)} ${JSON.stringify(throughCache[type])}`)
}

const run: Run = {
  at: new Date().toISOString(),
  newsCount: allArticles.length,
  conditions:
    `sequential requests, ${samples} samples per type after a warm-up; renders on ${worker} (one Astro worker, cache bypassed), ` +
    `cached via ${site}; ${listUrls.length} list URLs (deepest column has ${deepest} pages), ${articleUrls.length} different articles, ` +
    `${searchUrls.length} queries; ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} at the end`,
  renders,
  throughCache,
  firstSearchMs,
  ...(firstSearch === undefined ? {} : { firstSearchAfterPurgeMs: firstSearch }),
}

type Results = { goal: string; runs: Partial<Record<'demo' | 'scaled', Run>>; ratios?: Record<string, { render: number; cached?: number }> }
const results: Results = existsSync(RESULTS)
  ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results)
  : { goal: 'p95 of list, article and search renders with 10,000 news items at most 2× that with the demo content', runs: {} }
results.runs[label] = run
const { demo, scaled } = results.runs
if (demo && scaled) {
  results.ratios = Object.fromEntries(
    Object.keys(scaled.renders).map((type) => [
      type,
      {
        render: Math.round((scaled.renders[type].p95Ms / demo.renders[type].p95Ms) * 100) / 100,
        ...(scaled.throughCache[type] && demo.throughCache[type]
          ? { cached: Math.round((scaled.throughCache[type].p95Ms / demo.throughCache[type].p95Ms) * 100) / 100 }
          : {}),
      },
    ]),
  )
  console.log(`\np95 (median) in ms — demo: ${demo.newsCount} news, scaled: ${scaled.newsCount} news`)
  console.log('type        render demo      render scaled    ratio   cached demo     cached scaled   ratio')
  for (const type of Object.keys(scaled.renders)) {
    const cell = (value?: Stats) => (value ? `${value.p95Ms} (${value.medianMs})`.padEnd(17) : ''.padEnd(17))
    const ratio = results.ratios[type]
    console.log(
      `${type.padEnd(12)}${cell(demo.renders[type])}${cell(scaled.renders[type])}${String(ratio.render).padEnd(8)}` +
        `${cell(demo.throughCache[type])}${cell(scaled.throughCache[type])}${ratio.cached ?? ''}`,
    )
  }
  if (demo.firstSearchAfterPurgeMs !== undefined && scaled.firstSearchAfterPurgeMs !== undefined) {
    console.log(`first search after a purge (index brought up to date): ${demo.firstSearchAfterPurgeMs} ms → ${scaled.firstSearchAfterPurgeMs} ms`)
  }
  if (demo.firstSearchMs !== undefined && scaled.firstSearchMs !== undefined) {
    console.log(`first search of the run (index built if the worker had none): ${demo.firstSearchMs} ms → ${scaled.firstSearchMs} ms`)
  }
}
mkdirSync(path.dirname(RESULTS), { recursive: true })
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
console.log(`written to ${path.relative(process.cwd(), RESULTS)}`)
console.log(describeMachine(machine.finish()))
