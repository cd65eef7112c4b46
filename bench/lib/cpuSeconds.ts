/**
 * Prints the CPU seconds used so far by each given process and everything below it, summed
 * (bench/lib/machine.ts). For shell benches: read before and after a run and subtract.
 * Usage: tsx bench/lib/cpuSeconds.ts <pid>…
 */
import { treeCpuSeconds } from './machine'

const pids = process.argv.slice(2).map(Number)
if (!pids.length || pids.some((pid) => !Number.isInteger(pid) || pid < 1)) throw new Error('usage: cpuSeconds.ts <pid>…')
console.log(pids.reduce((total, pid) => total + treeCpuSeconds(pid), 0).toFixed(2))
