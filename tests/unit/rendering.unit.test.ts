import { describe, expect, it } from 'vitest'

import { backgroundPacer, noRenderRunning, rendersRunning, whileRendering } from '../../src/site/lib/rendering'

const settled = async (promise: Promise<unknown>) => {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((resolve) => setImmediate(resolve))
  return done
}

describe('background work yields to renders', () => {
  it('should let background work go at once when nothing renders', async () => {
    expect(rendersRunning()).toBe(0)
    expect(await settled(noRenderRunning(10_000))).toBe(true)
  })

  it('should hold background work while renders run and let it go when the last one ends, even when a render fails', async () => {
    const ends: (() => void)[] = []
    const first = whileRendering(() => new Promise<void>((resolve) => ends.push(resolve)))
    const second = whileRendering(() => new Promise<void>((_, reject) => ends.push(() => reject(new Error('render failed')))))
    expect(rendersRunning()).toBe(2)
    const waiting = noRenderRunning(10_000)
    expect(await settled(waiting)).toBe(false)
    ends[0]()
    await first
    expect(await settled(waiting)).toBe(false)
    ends[1]()
    await expect(second).rejects.toThrow('render failed')
    expect(rendersRunning()).toBe(0)
    expect(await settled(waiting)).toBe(true)
  })

  it('should let background work go after its bound when a render never ends', async () => {
    let end!: () => void
    const render = whileRendering(() => new Promise<void>((resolve) => (end = resolve)))
    const started = performance.now()
    await noRenderRunning(50)
    expect(performance.now() - started).toBeGreaterThanOrEqual(45)
    expect(rendersRunning()).toBe(1)
    end()
    await render
  })

  it('should pace background work in slices that wait for a render in progress', async () => {
    const pace = backgroundPacer({ sliceMs: 5, yieldToRendersMs: 10_000 })
    // Within a slice: no pause.
    expect(await settled(pace())).toBe(true)
    const busyUntil = performance.now() + 6
    while (performance.now() < busyUntil) {
      // work past the slice
    }
    let end!: () => void
    const render = whileRendering(() => new Promise<void>((resolve) => (end = resolve)))
    const paused = pace()
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(await settled(paused)).toBe(false)
    end()
    await render
    expect(await settled(paused)).toBe(true)
  })
})
