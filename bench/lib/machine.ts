/**
 * What every bench states beside its figures, so a number can be read against the box it came
 * from: the CPU model and cores, the load average before and after, and CPU seconds per process
 * tree (a ratio per CPU second holds better than one per wall second on a shared machine).
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'

export type MachineReport = {
  cpuModel: string
  cores: number
  loadBefore: number[]
  loadAfter: number[]
  /**
   * How long a fixed piece of CPU work (SHA-256 over 32 MB) took before and after, in ms: the
   * host's speed at the time. On a shared VM another guest's load shows here and nowhere else
   * (no steal time is reported), so two runs are only comparable when these are close.
   */
  referenceMs: [number, number]
  /**
   * The same for work like a server's (objects made and dropped, JSON written and read, a Map):
   * it leans on the caches and the memory bus, which another guest shares and SHA-256 hardly
   * touches. On this VM the enquiry bench's CPU per submission moved by a third within minutes
   * while the SHA-256 figure stayed at 20 ms; this one is what moves with it, if anything does.
   */
  referenceJsMs: [number, number]
  /**
   * The same for the file system: 200 small files made in a new folder (as the outbox makes a
   * message file per e-mail and text message), in ms. On this VM one such file took from 0.02 to
   * 0.7 ms of kernel CPU within minutes, with nothing of ours changing.
   */
  referenceFileMs: [number, number]
}

const REFERENCE = Buffer.alloc(1024 * 1024, 7)

/** The fixed CPU work, timed (best of three, so this process's own hiccups count less). */
export const referenceWorkMs = (): number => {
  let best = Infinity
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now()
    const hash = createHash('sha256')
    for (let chunk = 0; chunk < 32; chunk += 1) hash.update(REFERENCE)
    hash.digest()
    best = Math.min(best, performance.now() - started)
  }
  return Number(best.toFixed(1))
}

/** Made and dropped objects, JSON and a Map: the kind of work a request does, timed (best of three). */
export const referenceJsWorkMs = (): number => {
  let best = Infinity
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now()
    const seen = new Map<string, number>()
    let length = 0
    for (let index = 0; index < 20_000; index += 1) {
      const row = { id: `row-${index}`, subject: '优待证办理进度', body: 'x'.repeat(index % 200), tags: [index, index * 2, index * 3], at: new Date(index).toISOString() }
      const copy = JSON.parse(JSON.stringify(row)) as typeof row
      seen.set(copy.id, copy.tags.length)
      if (seen.size > 5_000) seen.clear()
      length += copy.body.length
    }
    if (length < 0) throw new Error('unreachable')
    best = Math.min(best, performance.now() - started)
  }
  return Number(best.toFixed(1))
}

/** 200 files of 600 bytes made in a new folder under `dir` (the benches' data lives in tmpdir), timed (best of three). */
export const referenceFileWorkMs = (dir = tmpdir()): number => {
  let best = Infinity
  const content = 'x'.repeat(600)
  for (let round = 0; round < 3; round += 1) {
    const folder = mkdtempSync(path.join(dir, 'va-reference-'))
    try {
      const started = performance.now()
      for (let index = 0; index < 200; index += 1) writeFileSync(path.join(folder, `${index}.txt`), content, { mode: 0o600 })
      best = Math.min(best, performance.now() - started)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
  return Number(best.toFixed(1))
}

const load = () => loadavg().map((value) => Number(value.toFixed(2)))

/** Call before the measured work; `finish()` after it. */
export const startMachineReport = () => {
  const loadBefore = load()
  const referenceBefore = referenceWorkMs()
  referenceJsWorkMs() // once untimed: the first call's figure would include V8 compiling it
  const referenceJsBefore = referenceJsWorkMs()
  const referenceFileBefore = referenceFileWorkMs()
  return {
    finish: (): MachineReport => ({
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      cores: availableParallelism(),
      loadBefore,
      loadAfter: load(),
      referenceMs: [referenceBefore, referenceWorkMs()],
      referenceJsMs: [referenceJsBefore, referenceJsWorkMs()],
      referenceFileMs: [referenceFileBefore, referenceFileWorkMs()],
    }),
  }
}

/** One line for a bench's output: `CPU …, 2 cores; load average 1.2 before, 3.4 after (1 min); reference work 95 → 97 ms, JS 40 → 41 ms, files 5 → 6 ms`. */
export const describeMachine = (report: MachineReport) =>
  `CPU ${report.cpuModel}, ${report.cores} cores; load average ${report.loadBefore[0]} before, ${report.loadAfter[0]} after (1 min); reference work ${report.referenceMs[0]} → ${report.referenceMs[1]} ms, JS ${report.referenceJsMs[0]} → ${report.referenceJsMs[1]} ms, files ${report.referenceFileMs[0]} → ${report.referenceFileMs[1]} ms`

const CLOCK_TICKS = 100 // USER_HZ on Linux

type ProcStat = { pid: number; ppid: number; cpuSeconds: number }

/** The fields of a /proc stat line after the command name, which sits in parentheses and may hold spaces. */
const statFields = (text: string) => text.slice(text.lastIndexOf(')') + 2).split(' ')

const readStat = (pid: string): ProcStat | undefined => {
  try {
    const fields = statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'))
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    return { pid: Number(pid), ppid: Number(fields[1]), cpuSeconds: ticks / CLOCK_TICKS }
  } catch {
    return undefined // the process ended while we read
  }
}

/**
 * CPU seconds (user + system, with reaped children) used so far by a process and every process
 * below it. Read it before and after a run and subtract.
 */
export const treeCpuSeconds = (rootPid: number): number => {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((stat): stat is ProcStat => stat !== undefined)
  const children = new Map<number, ProcStat[]>()
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat])
  const root = stats.find((stat) => stat.pid === rootPid)
  if (!root) return 0
  let total = 0
  const stack = [root]
  while (stack.length) {
    const next = stack.pop() as ProcStat
    total += next.cpuSeconds
    stack.push(...(children.get(next.pid) ?? []))
  }
  return total
}

/**
 * CPU milliseconds (user + system) used so far by the threads of `pids`, summed by thread name:
 * each process's main thread, V8's compiler and GC threads (V8Worker), libuv's pool. Read it
 * before and after a run and subtract.
 */
export const cpuMsByThreadName = (pids: Iterable<number>): Map<string, number> => {
  const byName = new Map<string, number>()
  for (const pid of pids) {
    let threads: string[] = []
    try {
      threads = readdirSync(`/proc/${pid}/task`)
    } catch {
      continue // the process ended
    }
    for (const tid of threads) {
      try {
        const text = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
        const name = tid === String(pid) ? 'main thread' : text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')).trim()
        const fields = statFields(text)
        byName.set(name, (byName.get(name) ?? 0) + ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS)
      } catch {
        // the thread ended
      }
    }
  }
  return byName
}
