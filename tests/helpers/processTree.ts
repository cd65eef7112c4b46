import { readdirSync, readFileSync } from 'node:fs'

const read = (file: string): string => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/** Parent of every running process, from /proc/<pid>/stat (the field after the command name). */
const parents = (): Map<number, number> => {
  const map = new Map<number, number>()
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const stat = read(`/proc/${name}/stat`)
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (parent) map.set(Number(name), parent)
  }
  return map
}

/** A process and all its descendants (Linux /proc), parents first. */
export const processTree = (pid: number): number[] => {
  const byParent = new Map<number, number[]>()
  for (const [child, parent] of parents()) byParent.set(parent, [...(byParent.get(parent) ?? []), child])
  const walk = (each: number): number[] => [each, ...(byParent.get(each) ?? []).flatMap(walk)]
  return walk(pid)
}

/** The command line of a process, arguments joined by spaces ('' once it has gone). */
export const commandLine = (pid: number): string => read(`/proc/${pid}/cmdline`).split('\0').join(' ').trim()

/** Kills a process and all its descendants with SIGKILL: no chance to clean up, like a crash. */
export const killTree = (pid: number): void => {
  for (const each of processTree(pid).reverse()) {
    try {
      process.kill(each, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

/** Waits until nothing answers on a port any more. */
export const waitUntilClosed = async (url: string, timeoutMs = 20_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!(await fetch(url).then(() => true, () => false))) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} still answers after ${timeoutMs / 1000} s`)
}
