/**
 * The command line's progress line: "导入中 120/1000(12%),25.3 个/秒,预计还需 35 秒".
 * On a terminal it rewrites one line at most every `intervalMs`; elsewhere (a log, a pipe)
 * it writes a new line each time another `stepPercent` of the files is done.
 */
export type ProgressWriter = { update: (done: number, total: number) => void; finish: () => void }

export const formatProgress = (done: number, total: number, elapsedMs: number): string => {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0
  const left = rate > 0 ? Math.ceil((total - done) / rate) : undefined
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100
  const remaining = left === undefined ? '预计剩余时间未知' : `预计还需 ${left >= 60 ? `${Math.floor(left / 60)} 分 ${left % 60} 秒` : `${left} 秒`}`
  return `导入中 ${done}/${total}(${percent}%),${rate.toFixed(1)} 个/秒,${remaining}`
}

export const progressWriter = (
  stream: { isTTY?: boolean; write: (text: string) => unknown },
  { intervalMs = 250, stepPercent = 10, now = () => Date.now() } = {},
): ProgressWriter => {
  const started = now()
  let lastWrite = -Infinity
  let lastStep = -1
  let open = false
  return {
    update(done, total) {
      const time = now()
      const line = formatProgress(done, total, time - started)
      if (stream.isTTY) {
        if (time - lastWrite < intervalMs && done < total) return
        stream.write(`\r\u001b[2K${line}`)
        open = true
      } else {
        const step = Math.floor(((done / Math.max(total, 1)) * 100) / stepPercent)
        if (step === lastStep && done < total) return
        lastStep = step
        stream.write(`${line}\n`)
      }
      lastWrite = time
    },
    finish() {
      if (open) stream.write('\n')
      open = false
    },
  }
}
