import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { DatabaseSync } from 'node:sqlite'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitEnquiry, UNAVAILABLE_MESSAGE } from '../../src/payload/cases'
import { nextIp, validSubmission } from '../helpers/enquiryFixtures'
import { testDatabase } from '../helpers/testDatabase'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const onSqlite = testDatabase() === 'sqlite'
if (!onSqlite) console.info('sqliteBusy.int.test.ts skipped: SQLITE_BUSY is about the SQLite file lock; MongoDB has none.')

// Another process: SQLite's locks are per process, so a lock held in this one would not block
// Payload's connection. It holds the write lock until told to let go (a line on stdin).
const HOLD_LOCK = `
  const { DatabaseSync } = require('node:sqlite')
  const lock = new DatabaseSync(process.argv[1])
  lock.exec('BEGIN EXCLUSIVE')
  console.log('locked')
  process.stdin.once('data', () => { lock.exec('ROLLBACK'); lock.close(); process.exit(0) })
`

const holdWriteLock = async (file: string) => {
  const holder: ChildProcess = spawn(process.execPath, ['-e', HOLD_LOCK, file], { stdio: ['pipe', 'pipe', 'inherit'] })
  await once(holder.stdout!, 'data')
  return async () => {
    holder.stdin!.write('release\n')
    if (holder.exitCode === null) await once(holder, 'exit')
  }
}

/** What another process, or this one after a restart, finds in the file. */
const committedCase = (file: string, trackingCode: string) => {
  const reader = new DatabaseSync(file, { readOnly: true })
  try {
    return reader.prepare('SELECT tracking_code FROM enquiries WHERE tracking_code = ?').get(trackingCode)
  } finally {
    reader.close()
  }
}

describe.runIf(onSqlite)('a write after SQLITE_BUSY (SQLite only)', () => {
  let payload: Payload
  let file: string
  beforeAll(async () => {
    payload = await getTestPayload()
    file = process.env.DATABASE_URI!.replace(/^file:/, '')
  })
  afterAll(() => releaseTestPayload(payload))

  it('should answer 503 while another process holds the write lock, then commit the next submission for every process', async () => {
    const release = await holdWriteLock(file)
    let refused
    try {
      // Fails after the 5 s busy timeout.
      refused = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    } finally {
      await release()
    }
    expect(refused).toEqual({ status: 503, message: UNAVAILABLE_MESSAGE })

    const accepted = await submitEnquiry(payload, validSubmission(), { ip: nextIp() })
    expect(accepted.status).toBe(201)
    const { trackingCode } = accepted as { trackingCode: string }
    expect(committedCase(file, trackingCode)).toEqual({ tracking_code: trackingCode })

    // Nor does Payload's connection keep the write lock: another process writes at once.
    const other = new DatabaseSync(file, { timeout: 0 })
    try {
      expect(() => other.exec('BEGIN IMMEDIATE; ROLLBACK')).not.toThrow()
    } finally {
      other.close()
    }
  }, 30_000)
})
