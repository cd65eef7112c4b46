/** Reads Vitest's JSON report for `npm test`'s closing lines. */
import path from 'node:path'

export type VitestReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  success: boolean
  testResults?: {
    name: string
    status: string
    message?: string
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[]
  }[]
}

/** Every failed test (and every file that failed outside a test), with the first lines of its error,
 * so that the end of the log, which may be all a CI page shows, names what failed. */
export const failuresOf = (report: VitestReport, root = process.cwd()): string[] => {
  const firstLines = (text: string | undefined) =>
    (text ?? '')
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => line.trim())
      .slice(0, 4)
      .map((line) => `      ${line.trim().slice(0, 300)}`)
  const failures: string[] = []
  for (const file of report.testResults ?? []) {
    const relative = path.relative(root, file.name)
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed')
    for (const test of failed) failures.push([`    ${relative} › ${test.fullName}`, ...firstLines(test.failureMessages?.[0])].join('\n'))
    if (file.status === 'failed' && failed.length === 0) failures.push([`    ${relative}`, ...firstLines(file.message)].join('\n'))
  }
  return failures
}

