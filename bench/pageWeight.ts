/**
 * Page weight budget: for every URL in sitemap.xml, in both reading modes — JavaScript bytes
 * shipped (must be 0 on reading pages) and gzipped HTML+CSS (must be ≤ 40 KB; CSS is inlined).
 * Usage: tsx bench/pageWeight.ts http://127.0.0.1:4321
 */
import { gzipSync } from 'node:zlib'
import { describeMachine, startMachineReport } from './lib/machine'

const machine = startMachineReport()

const site = process.argv[2] ?? 'http://127.0.0.1:4321'
const BUDGET = 40 * 1024
const sitemap = await (await fetch(`${site}/sitemap.xml`)).text()
const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(new URL(match[1]).pathname, site).href)

type Row = { url: string; mode: string; gzipKB: number; scriptBytes: number; webFonts: boolean }
const rows: Row[] = []
for (const mode of ['normal', 'elderly']) {
  for (const url of urls) {
    const html = await (await fetch(url, { headers: { cookie: mode === 'elderly' ? 'va-elderly=on' : '' } })).text()
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    const external = scripts.filter((match) => /\bsrc=/.test(match[0])).length
    rows.push({
      url: new URL(url).pathname,
      mode,
      gzipKB: Math.round((gzipSync(html).length / 1024) * 10) / 10,
      scriptBytes: scripts.reduce((sum, match) => sum + match[1].length, 0) + external * 1e6,
      webFonts: /@font-face/.test(html),
    })
  }
}
const normal = rows.filter((row) => row.mode === 'normal')
const heaviest = [...rows].sort((a, b) => b.gzipKB - a.gzipKB)[0]
console.log(`pages checked: ${urls.length} × 2 modes`)
console.log(`JavaScript on reading pages (normal mode): ${normal.reduce((sum, row) => sum + row.scriptBytes, 0)} bytes`)
console.log(`JavaScript in elderly mode (read-aloud, article pages only): max ${Math.max(...rows.filter((row) => row.mode === 'elderly').map((row) => row.scriptBytes))} bytes per page`)
console.log(`gzipped HTML+CSS: median ${normal.map((row) => row.gzipKB).sort((a, b) => a - b)[Math.floor(normal.length / 2)]} KB, max ${heaviest.gzipKB} KB (${heaviest.url}, ${heaviest.mode})`)
console.log(`web fonts: ${rows.some((row) => row.webFonts) ? 'FOUND' : 'none'}`)
const over = rows.filter((row) => row.gzipKB * 1024 > BUDGET)
console.log(over.length ? `OVER BUDGET: ${over.map((row) => `${row.url} (${row.mode}) ${row.gzipKB} KB`).join(', ')}` : 'all pages within the 40 KB budget')
console.log(describeMachine(machine.finish()))
