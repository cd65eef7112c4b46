/**
 * What every bench states beside its figures, so a number can be read against the box it came
 * from: the CPU model and cores, the load average before and after, and CPU seconds per process
 * tree (a ratio per CPU second holds better than one per wall second on a shared machine).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'

export type MachineReport = {
  cpuModel: string
  cores: number
  loadBefore: number[]
  loadAfter: number[]
}

const load = () => loadavg().map((value) => Number(value.toFixed(2)))

/** Call before the measured work; `finish()` after it. */
export const startMachineReport = () => {
  const loadBefore = load()
  return {
    finish: (): MachineReport => ({
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      cores: availableParallelism(),
      loadBefore,
      loadAfter: load(),
    }),
  }
}

/** One line for a bench's output: `CPU …, 2 cores; load average 1.2 before, 3.4 after (1 min)`. */
export const describeMachine = (report: MachineReport) =>
  `CPU ${report.cpuModel}, ${report.cores} cores; load average ${report.loadBefore[0]} before, ${report.loadAfter[0]} after (1 min)`

const CLOCK_TICKS = 100 // USER_HZ on Linux

type ProcStat = { pid: number; ppid: number; cpuSeconds: number }

const readStat = (pid: string): ProcStat | undefined => {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name sits in parentheses and may hold spaces: read the fields after it.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
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
