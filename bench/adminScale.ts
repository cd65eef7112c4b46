/**
 * Admin at scale: p95 and median of what staff open most, on a running stack with many news items
 * and enquiries (bench/generateNews.ts, bench/generateEnquiries.ts): the news list (first page and
 * a deep page), the enquiry list (the same), each person's dashboard, and the enquiry CSV export of
 * everything. Each view is opened by the person who works with it (the editor for news, the
 * bureau's handler for enquiries: an administrator may not read cases), as a full server render
 * or answer read to its end; a few warm-up requests first, then sequential samples. Every answer
 * is checked for what the page must show, so a refusal or a login page is never timed as a view.
 * Goal (issue 20): p95 ≤ 300 ms per view.
 *
 * Usage: npx tsx bench/adminScale.ts [--admin http://localhost:3000] [--samples 30] [--label text]
 */
import { describeMachine, startMachineReport } from './lib/machine'
import { DEMO_PASSWORD } from '../src/payload/seed/demoUsers'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name)
  return index >= 0 ? args.splice(index, 2)[1] : fallback
}
const admin = option('--admin', 'http://localhost:3000').replace(/\/$/, '')
const samples = Number(option('--samples', '30'))
const label = option('--label', '')

const signIn = async (email: string) => {
  const login = await fetch(`${admin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  if (!login.ok) throw new Error(`login of ${email} failed: ${login.status} ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  return { cookie: `payload-token=${token}`, authorization: `JWT ${token}` }
}
const editor = await signIn('editor@demo.example')
const handler = await signIn('handler@demo.example')

const count = async (collection: string, headers: Record<string, string>) => {
  const response = await fetch(`${admin}/api/${collection}?limit=1&depth=0`, { headers })
  if (!response.ok) throw new Error(`counting ${collection}: ${response.status}`)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}
const [news, enquiries] = [await count('news', editor), await count('enquiries', handler)]

type View = { path: string; as: Record<string, string>; shows: string }
const VIEWS: Record<string, View> = {
  'news list': { path: '/admin/collections/news', as: editor, shows: `${news}` },
  'news list, page 100': { path: '/admin/collections/news?page=100', as: editor, shows: `${news}` },
  'enquiry list': { path: '/admin/collections/enquiries', as: handler, shows: `${enquiries}` },
  'enquiry list, page 100': { path: '/admin/collections/enquiries?page=100', as: handler, shows: `${enquiries}` },
  'dashboard (handler)': { path: '/admin', as: handler, shows: '我的待办留言' },
  'dashboard (editor)': { path: '/admin', as: editor, shows: '我的工作台' },
  'enquiry CSV export (all)': { path: '/api/enquiries/export.csv?from=2000-01-01&to=2099-12-31', as: handler, shows: '查询码' },
}

const time = async ({ path, as, shows }: View) => {
  const started = performance.now()
  const response = await fetch(`${admin}${path}`, { headers: as, redirect: 'manual' })
  const body = await response.text()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
  if (!body.includes(shows)) throw new Error(`${path}: the answer does not show “${shows}”`)
  return { ms, bytes: Buffer.byteLength(body) }
}
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]

const machine = startMachineReport()
console.log(`admin at scale${label ? ` (${label})` : ''}: ${news} news, ${enquiries} enquiries; ${samples} samples per view`)
const rows: Record<string, { medianMs: number; p95Ms: number; maxMs: number; kB: number }> = {}
for (const [name, view] of Object.entries(VIEWS)) {
  for (let warm = 0; warm < 3; warm += 1) await time(view)
  const taken: number[] = []
  let bytes = 0
  for (let index = 0; index < samples; index += 1) {
    const { ms, bytes: size } = await time(view)
    taken.push(ms)
    bytes = size
  }
  taken.sort((a, b) => a - b)
  rows[name] = { medianMs: Math.round(quantile(taken, 0.5)), p95Ms: Math.round(quantile(taken, 0.95)), maxMs: Math.round(taken.at(-1)!), kB: Math.round(bytes / 1024) }
  console.log(`  ${name.padEnd(26)} median ${String(rows[name].medianMs).padStart(5)} ms  p95 ${String(rows[name].p95Ms).padStart(5)} ms  max ${String(rows[name].maxMs).padStart(5)} ms  ${rows[name].kB} kB`)
}
console.log(describeMachine(machine.finish()))
console.log(`goal p95 ≤ 300 ms: ${Object.entries(rows).filter(([, row]) => row.p95Ms > 300).map(([name]) => name).join(', ') || 'all met'}`)
