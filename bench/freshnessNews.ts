/**
 * Freshness of news through the real review chain: for each of 20 trials an article is
 * published (提交 → 初审 → 复审 → 发布), edited and published again, taken offline (下线), and a
 * second article is published and then deleted. For each change the clock starts when the
 * back office answers the final request and stops when every affected public page shows it:
 * the article, its column list, the home page, a search for a word in its title and the
 * column's RSS feed (p95 per kind of change; goal ≤ 5 s).
 * Usage: tsx bench/freshnessNews.ts http://127.0.0.1:4321 http://127.0.0.1:3000 admin@demo.example demo2026
 */
import { writeFileSync } from 'node:fs'

import { toLexical } from './lib/newsText'
import { describeMachine, startMachineReport } from './lib/machine'

const machine = startMachineReport()

const [site = 'http://127.0.0.1:4321', admin = 'http://127.0.0.1:3000', email = 'admin@demo.example', password = 'demo2026'] = process.argv.slice(2)
const TRIALS = Number(process.env.TRIALS ?? 20)
const LIMIT_MS = 15_000

type Json = Record<string, any>
const call = async (token: string | null, method: string, path: string, body?: unknown): Promise<Json> => {
  const response = await fetch(`${admin}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(json).slice(0, 300)}`)
  return json
}
const login = async (user: string, secret: string) => (await call(null, 'POST', '/users/login', { email: user, password: secret })).token as string

// The chain needs four different people: nobody approves their own work.
const adminToken = await login(email, password)
const stamp = Date.now()
const people: Record<string, string> = {}
for (const [key, roles] of [['author', ['editor']], ['first', ['reviewer']], ['second', ['reviewer']], ['publisher', ['publisher']]] as const) {
  const address = `fresh-${key}-${stamp}@bench.example`
  await call(adminToken, 'POST', '/users', { email: address, name: `时效${key}`, roles, password: 'fresh-bench-1' })
  people[key] = await login(address, 'fresh-bench-1')
}

const move = (who: string, id: string, action: string) => call(people[who], 'POST', `/news/${id}/workflow`, { action })
const review = async (id: string) => {
  await move('author', id, 'submit')
  await move('first', id, 'approve')
  await move('second', id, 'approve')
}
const create = async (slug: string, title: string) =>
  String(
    (
      await call(people.author, 'POST', '/news?draft=true', {
        title,
        slug,
        category: 'work',
        source: '本站',
        body: toLexical([`${title}。本条为时效测试稿件，测试结束后下线或删除。`]),
      })
    ).doc.id,
  )

const page = async (path: string) => {
  const response = await fetch(`${site}${path}`)
  return { status: response.status, body: await response.text() }
}
type Check = { name: string; path: string; ok: (answer: { status: number; body: string }) => boolean }
const appears = (slug: string, token: string): Check[] => [
  { name: 'article', path: `/news/work/${slug}`, ok: (a) => a.status === 200 && a.body.includes(token) },
  { name: 'list', path: '/news/work', ok: (a) => a.body.includes(token) },
  { name: 'home', path: '/', ok: (a) => a.body.includes(token) },
  { name: 'search', path: `/search?q=${encodeURIComponent(token)}`, ok: (a) => a.body.includes(`/news/work/${slug}`) },
  { name: 'rss', path: '/news/work/rss.xml', ok: (a) => a.body.includes(token) },
]
const disappears = (slug: string, token: string): Check[] =>
  appears(slug, token).map((check) =>
    check.name === 'article' ? { ...check, ok: (a) => a.status === 404 || a.status === 410 } : { ...check, ok: (a) => !check.ok(a) },
  )

/** Waits until every check holds; returns the milliseconds since `started`. */
const until = async (checks: Check[], started: number): Promise<number> => {
  const pending = new Set(checks)
  while (Date.now() - started < LIMIT_MS) {
    for (const check of [...pending]) if (check.ok(await page(check.path))) pending.delete(check)
    if (pending.size === 0) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const last = await Promise.all([...pending].map(async (check) => {
    const response = await fetch(`${site}${check.path}`)
    const body = await response.text()
    return `${check.path} → ${response.status} ${response.headers.get('x-cache')} ${body.replace(/\s+/g, ' ').slice(body.indexOf('<main'), body.indexOf('<main') + 600)}`
  }))
  throw new Error(`not visible within ${LIMIT_MS / 1000} s:\n${last.join('\n')}`)
}
/** The public pages are read once before each change, so that what is measured is a cached site catching up. */
const warm = async (checks: Check[]) => {
  for (const check of checks) await page(check.path)
}
const timed = async (checks: Check[], change: () => Promise<unknown>) => {
  await warm(checks)
  await change()
  return until(checks, Date.now())
}

const results: Record<'publish' | 'edit' | 'unpublish' | 'delete', number[]> = { publish: [], edit: [], unpublish: [], delete: [] }
for (let trial = 1; trial <= TRIALS; trial += 1) {
  const token = `FRESH${stamp % 100000}T${trial}A`
  const edited = `FRESH${stamp % 100000}T${trial}B`
  const slug = `fresh-${stamp}-${trial}`
  const id = await create(slug, `时效测试${token}`)
  await review(id)
  results.publish.push(await timed(appears(slug, token), () => move('publisher', id, 'publish')))

  await call(people.author, 'PATCH', `/news/${id}?draft=true`, { title: `时效测试${edited}`, body: toLexical([`时效测试${edited}。本条已修改。`]) })
  await review(id)
  results.edit.push(await timed([...appears(slug, edited), ...disappears(slug, token).filter((c) => c.name !== 'article')], () => move('publisher', id, 'publish')))

  results.unpublish.push(await timed(disappears(slug, edited), () => move('publisher', id, 'unpublish')))
  await call(adminToken, 'DELETE', `/news/${id}`)

  const other = `${slug}-d`
  const otherToken = `FRESH${stamp % 100000}T${trial}D`
  const otherId = await create(other, `时效测试${otherToken}`)
  await review(otherId)
  await move('publisher', otherId, 'publish')
  await until(appears(other, otherToken), Date.now())
  results.delete.push(await timed(disappears(other, otherToken), () => call(adminToken, 'DELETE', `/news/${otherId}`)))
  process.stdout.write(`trial ${trial}: ${Object.entries(results).map(([kind, times]) => `${kind} ${times.at(-1)} ms`).join(', ')}\n`)
}

const summary = Object.fromEntries(
  Object.entries(results).map(([kind, times]) => {
    const sorted = [...times].sort((a, b) => a - b)
    return [kind, { trials: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)], p95Ms: sorted[Math.ceil(sorted.length * 0.95) - 1], maxMs: sorted.at(-1) }]
  }),
)
console.table(summary)
writeFileSync('bench/results/freshness-news.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), site, pages: ['article', 'column list', 'home', 'search', 'rss'], goalP95Ms: 5000, summary, results }, null, 2)}\n`)
console.log(describeMachine(machine.finish()))
