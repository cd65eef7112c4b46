/**
 * RSS of every process of a running stack: `tsx bench/processMemory.ts <pid of npm start's process> [site] [admin]`.
 * With the site's and the admin's addresses, it first opens a round of pages (each public section,
 * a search, the admin's login and a REST list) so that the figures are those of a stack that has
 * served, not of one that only started. Reads /proc (Linux).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describeMachine, startMachineReport } from './lib/machine'

const machine = startMachineReport()

const [rootArg, site, admin] = process.argv.slice(2)
if (!rootArg) {
  console.error('usage: tsx bench/processMemory.ts <pid> [site-url] [admin-url]')
  process.exit(2)
}
const root = Number(rootArg)

const children = new Map<number, number[]>()
for (const entry of readdirSync('/proc')) {
  if (!/^\d+$/.test(entry)) continue
  try {
    const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  } catch {
    // gone meanwhile
  }
}
const tree = (pid: number): number[] => [pid, ...(children.get(pid) ?? []).flatMap(tree)]

if (site && admin) {
  const pages = ['/', '/news', '/policies', '/guides', '/stations', '/xxgk', '/search?q=%E9%80%80%E5%BD%B9', '/enquiry', '/sitemap']
  for (let round = 0; round < 3; round += 1) {
    for (const page of pages) await fetch(new URL(page, site)).then((response) => response.arrayBuffer())
    for (const page of ['/admin/login', '/api/news?limit=10', '/api/healthz']) await fetch(new URL(page, admin)).then((response) => response.arrayBuffer())
  }
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
/** Proportional set size: shared pages (the node binary, libraries) divided among the processes that map them. */
const pssKb = (pid: number) => Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
const command = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).map((part) => part.replace(/^.*node_modules\//, '')).join(' ').slice(0, 90)
const rows = tree(root)
  .map((pid) => {
    try {
      return { pid, mb: rssKb(pid) / 1024, pss: pssKb(pid) / 1024, command: command(pid) }
    } catch {
      return null
    }
  })
  .filter((row): row is { pid: number; mb: number; pss: number; command: string } => row !== null && row.mb > 0)
console.log('   RSS     PSS      pid  command')
for (const row of rows) console.log(`${row.mb.toFixed(0).padStart(6)}  ${row.pss.toFixed(0).padStart(6)}  ${String(row.pid).padStart(7)}  ${row.command}`)
const total = (key: 'mb' | 'pss') => rows.reduce((sum, row) => sum + row[key], 0).toFixed(0).padStart(6)
console.log(`${total('mb')}  ${total('pss')}  MB in total (${rows.length} processes)`)
console.log(describeMachine(machine.finish()))
