/**
 * Where the CPU went: sums the self time of one or more V8 .cpuprofile files (node --cpu-prof)
 * by package or source file and prints the top rows with their share of the total.
 * Groups: node_modules/<package> (scoped packages as @scope/name), src/<dir>/<file>, the built
 * site (.build/.../chunks), node:internal modules, (garbage collector), (program), (idle) — idle
 * is left out of the percentages, since it is no CPU.
 * --last S keeps only each profile's last S seconds: a bench's burst, when the bench stops the
 * site right after it (bench/enquiries-concurrency.ts), without the start-up.
 * Usage: tsx bench/lib/profileSummary.ts [--top N] [--by file|package] [--last S] a.cpuprofile [b.cpuprofile …]
 */
import { readFileSync } from 'node:fs'

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** The group a source URL belongs to. */
export const groupOf = (url: string, functionName: string, by: 'file' | 'package' = 'package'): string => {
  if (!url) {
    if (functionName.startsWith('(')) return functionName // (garbage collector), (program), (idle), (root)
    return `(native) ${functionName || 'anonymous'}`
  }
  if (url.startsWith('node:')) return by === 'file' ? url : 'node internals'
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''))
  const modules = path.lastIndexOf('/node_modules/')
  if (modules >= 0) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/')
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
    return by === 'file' ? `${name}/${rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/')}` : name
  }
  const src = path.indexOf('/src/')
  if (src >= 0) return path.slice(src + 1)
  const built = path.indexOf('/.build/')
  if (built >= 0) {
    const file = path.slice(built + 1)
    // Astro's chunks are named after what they hold (e.g. chunks/submit_AbC123.mjs): keep the name, drop the hash.
    return by === 'file' ? file : file.replace(/_[A-Za-z0-9-]{6,}(?=\.mjs$)/, '')
  }
  return path
}

/** Each sample's time in microseconds since the profile started. */
const sampleTimes = (profile: Profile): number[] => {
  const times: number[] = []
  let at = 0
  for (const delta of profile.timeDeltas) times.push((at += delta))
  return times
}

/**
 * Self milliseconds per group over all profiles; with `lastSeconds`, only each profile's last
 * stretch of that length (a bench's burst, which ends when it stops the site, without the
 * process's start-up and warm-up before it).
 */
export const summarize = (profiles: Profile[], by: 'file' | 'package' = 'package', lastSeconds?: number) => {
  const totals = new Map<string, number>()
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
    const times = sampleTimes(profile)
    const end = times.at(-1) ?? 0
    const window = lastSeconds ? { from: end - lastSeconds * 1e6, to: Infinity } : { from: 0, to: Infinity }
    for (let index = 0; index < profile.samples.length; index += 1) {
      const node = nodes.get(profile.samples[index])
      if (!node || times[index] < window.from || times[index] >= window.to) continue
      // A sample's time is the delta to the next sample.
      const micros = profile.timeDeltas[index + 1] ?? 0
      const group = groupOf(node.callFrame.url, node.callFrame.functionName, by)
      totals.set(group, (totals.get(group) ?? 0) + micros / 1000)
    }
  }
  const idle = totals.get('(idle)') ?? 0
  totals.delete('(idle)')
  const busy = [...totals.values()].reduce((sum, ms) => sum + ms, 0)
  const rows = [...totals].sort((a, b) => b[1] - a[1]).map(([group, ms]) => ({ group, ms: Number(ms.toFixed(1)), percent: Number(((ms / busy) * 100).toFixed(1)) }))
  return { busyMs: busy, idleMs: idle, rows }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('profileSummary.ts')) {
  const args = process.argv.slice(2)
  let top = 20
  let by: 'file' | 'package' = 'package'
  let lastSeconds: number | undefined
  const files: string[] = []
  for (let index = 0; index < args.length; index += 1) {
    if (args[index] === '--top') top = Number(args[(index += 1)])
    else if (args[index] === '--by') by = args[(index += 1)] as 'file' | 'package'
    else if (args[index] === '--last') lastSeconds = Number(args[(index += 1)])
    else files.push(args[index])
  }
  if (files.length === 0) {
    console.error('usage: tsx bench/lib/profileSummary.ts [--top N] [--by file|package] [--last SECONDS] a.cpuprofile …')
    process.exit(2)
  }
  const { busyMs, idleMs, rows } = summarize(
    files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Profile),
    by,
    lastSeconds,
  )
  const perSubmission = Number(process.env.SUBMISSIONS ?? 0)
  console.log(`${files.length} profile(s): ${(busyMs / 1000).toFixed(2)} s busy, ${(idleMs / 1000).toFixed(2)} s idle`)
  console.log(`| # | ${by} | self ms | % |${perSubmission ? ' ms per submission |' : ''}`)
  console.log(`|---|---|---:|---:|${perSubmission ? '---:|' : ''}`)
  rows.slice(0, top).forEach((row, index) =>
    console.log(`| ${index + 1} | ${row.group} | ${row.ms} | ${row.percent} |${perSubmission ? ` ${(row.ms / perSubmission).toFixed(2)} |` : ''}`),
  )
}
