import { describe, expect, it } from 'vitest'

import { formatProgress, progressWriter } from '../../src/payload/import/progressLine'

const recorder = (isTTY: boolean) => {
  const writes: string[] = []
  return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes }
}

describe('import progress line', () => {
  it('should state files done, rate and time left', () => {
    expect(formatProgress(250, 1000, 10_000)).toBe('导入中 250/1000(25%),25.0 个/秒,预计还需 30 秒')
    expect(formatProgress(100, 1000, 10_000)).toBe('导入中 100/1000(10%),10.0 个/秒,预计还需 1 分 30 秒')
    expect(formatProgress(0, 1000, 0)).toBe('导入中 0/1000(0%),0.0 个/秒,预计剩余时间未知')
  })

  it('should write one line per step of 10 % when the output is not a terminal', () => {
    const { stream, writes } = recorder(false)
    let time = 0
    const progress = progressWriter(stream, { now: () => time })
    for (let done = 0; done <= 1000; done += 1) {
      time = done * 40
      progress.update(done, 1000)
    }
    progress.finish()
    expect(writes).toHaveLength(11)
    expect(writes.every((line) => line.endsWith('\n'))).toBe(true)
    expect(writes.at(-1)).toBe('导入中 1000/1000(100%),25.0 个/秒,预计还需 0 秒\n')
  })

  it('should rewrite one line at most four times a second on a terminal', () => {
    const { stream, writes } = recorder(true)
    let time = 0
    const progress = progressWriter(stream, { now: () => time })
    for (let done = 0; done <= 100; done += 1) {
      time = done * 10
      progress.update(done, 100)
    }
    progress.finish()
    expect(writes.filter((text) => text.startsWith('\r'))).toHaveLength(5)
    expect(writes.at(-1)).toBe('\n')
  })
})
