import { describe, expect, it } from 'vitest'

import { failuresOf } from '../../scripts/lib/vitestReport'

describe("npm test's list of failures", () => {
  it('should name each failed test with its file and the first lines of its error, and a file that failed outside any test', () => {
    const failures = failuresOf(
      {
        numPassedTests: 1,
        numFailedTests: 1,
        numPendingTests: 0,
        success: false,
        testResults: [
          {
            name: '/repo/tests/e2e/a.e2e.test.ts',
            status: 'failed',
            assertionResults: [
              { fullName: 'site should pass', status: 'passed' },
              { fullName: 'site should load', status: 'failed', failureMessages: ['\x1b[31mAssertionError: expected 1 to be 2\x1b[39m\n\n    at a.ts:3\n    at b.ts:4\n    at c.ts:5\n    at d.ts:6'] },
            ],
          },
          { name: '/repo/tests/int/b.int.test.ts', status: 'failed', message: 'Error: Hook timed out in 60000ms', assertionResults: [] },
          { name: '/repo/tests/int/c.int.test.ts', status: 'passed', assertionResults: [{ fullName: 'c ok', status: 'passed' }] },
        ],
      },
      '/repo',
    )
    expect(failures).toEqual([
      ['    tests/e2e/a.e2e.test.ts › site should load', '      AssertionError: expected 1 to be 2', '      at a.ts:3', '      at b.ts:4', '      at c.ts:5'].join('\n'),
      ['    tests/int/b.int.test.ts', '      Error: Hook timed out in 60000ms'].join('\n'),
    ])
  })
})
