/**
 * How many requests this process is rendering now, so that background work (the search index's
 * sync) yields to readers: it runs while none is being answered and waits while one is, for at
 * most a bound it is given, so it is slowed by traffic but never stopped by it. Counted by the
 * middleware around every render.
 */
let rendering = 0
let idle: (() => void)[] = []

/** Counts one render for as long as `render` runs. */
export const whileRendering = async <T>(render: () => Promise<T>): Promise<T> => {
  rendering += 1
  try {
    return await render()
  } finally {
    rendering -= 1
    if (rendering === 0) {
      const waiting = idle
      idle = []
      for (const wake of waiting) wake()
    }
  }
}

/** Resolves at once when no render runs, else when the last one ends or after `atMostMs`, whichever is first. */
export const noRenderRunning = (atMostMs: number): Promise<void> => {
  if (rendering === 0) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      idle = idle.filter((wake) => wake !== done)
      resolve()
    }
    const timer = setTimeout(done, atMostMs)
    idle.push(done)
  })
}

/** How many renders run now (for tests). */
export const rendersRunning = () => rendering

/**
 * Paces background work done in small steps: `await pace()` between steps returns at once until
 * `sliceMs` of work has gone by, then lets waiting requests in (setImmediate) and, while a render
 * runs, waits for it to end, `yieldToRendersMs` at most.
 */
export const backgroundPacer = ({ sliceMs, yieldToRendersMs }: { sliceMs: number; yieldToRendersMs: number }) => {
  let sliceStarted = performance.now()
  return async (): Promise<void> => {
    if (performance.now() - sliceStarted < sliceMs) return
    await new Promise((resolve) => setImmediate(resolve))
    await noRenderRunning(yieldToRendersMs)
    sliceStarted = performance.now()
  }
}
