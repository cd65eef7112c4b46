import { describe, expect, it } from 'vitest'

import { backgroundSync } from '../../src/site/lib/search/backgroundSync'
import { addEntry, createEngine, queryEngine } from '../../src/site/lib/search/engine'
import type { Entry } from '../../src/site/lib/search/sources'

const entry = (slug: string, title: string): Entry => ({
  id: `news:${slug}`,
  type: 'news',
  title,
  text: title,
  url: `/news/work/${slug}`,
  date: null,
})

/** A sync the test steps through: each `step()` lets it index one more entry; it ends after the last. */
const steppedSync = (engine: ReturnType<typeof createEngine>, entries: Entry[]) => {
  const gates: (() => void)[] = []
  let runs = 0
  const sync = async () => {
    runs += 1
    for (const item of entries) {
      await new Promise<void>((resolve) => gates.push(resolve))
      addEntry(engine, item)
    }
  }
  /** Opens the next gate once the sync waits at it. */
  const step = async () => {
    while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve))
    gates.shift()!()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { sync, step, runs: () => runs }
}

describe('search while the index syncs', () => {
  it('should answer from the index as it is while a sync is in progress, then from the finished one', async () => {
    const engine = createEngine()
    addEntry(engine, entry('old', '城关镇走访慰问老兵'))
    let generation = 1
    const stepped = steppedSync(engine, [entry('a', '江口镇走访慰问活动'), entry('b', '青石镇走访慰问活动')])
    const sync = backgroundSync({
      sync: stepped.sync,
      generation: () => generation,
      onError: (error) => {
        throw error
      },
    })
    const urls = () =>
      queryEngine(engine, '走访慰问')
        .hits.map((hit) => hit.url)
        .sort()

    const finished = sync.kick()
    let done = false
    void finished.then(() => (done = true))
    expect(sync.status()).toEqual({ built: false, upToDate: false })
    expect(urls()).toEqual(['/news/work/old'])

    await stepped.step()
    expect(done).toBe(false)
    expect(urls()).toEqual(['/news/work/a', '/news/work/old'])

    // A publication lands mid-sync: this sync goes on, and one more follows for it.
    generation = 2
    await stepped.step()
    expect(sync.status().upToDate).toBe(false)
    expect(urls()).toEqual(['/news/work/a', '/news/work/b', '/news/work/old'])
    await stepped.step()
    await stepped.step()
    await finished
    expect(stepped.runs()).toBe(2)
    expect(sync.status()).toEqual({ built: true, upToDate: true })
  })

  it('should start one sync however many readers kick it, and none while up to date', async () => {
    const engine = createEngine()
    const stepped = steppedSync(engine, [entry('a', '优待证办理')])
    const sync = backgroundSync({
      sync: stepped.sync,
      generation: () => 7,
      onError: (error) => {
        throw error
      },
    })
    const first = sync.kick()
    expect(sync.kick()).toBe(first)
    await stepped.step()
    await first
    await sync.kick()
    expect(stepped.runs()).toBe(1)
  })

  it('should report a failed sync, keep what was indexed, and try again at the next kick', async () => {
    const errors: unknown[] = []
    let fail = true
    const engine = createEngine()
    const sync = backgroundSync({
      sync: async () => {
        addEntry(engine, entry('a', '光荣院'))
        if (fail) throw new Error('database away')
      },
      generation: () => 1,
      onError: (error) => errors.push(error),
    })
    await sync.kick()
    expect(errors).toHaveLength(1)
    expect(sync.status()).toEqual({ built: false, upToDate: false })
    expect(queryEngine(engine, '光荣院').total).toBe(1)
    fail = false
    await sync.kick()
    expect(sync.status()).toEqual({ built: true, upToDate: true })
  })
})
