import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { isOutboxMessage, outboxMessageExpired, outboxRetentionDays } from '../../src/payload/cases/domain/retention'
import { purgeOutbox } from '../../src/payload/cases/infrastructure/outbox'

const DAY = 86_400_000

describe('outbox retention', () => {
  afterEach(() => {
    delete process.env.OUTBOX_RETENTION_DAYS
  })

  it('should treat only the messages the outbox writes as its own', () => {
    expect(isOutboxMessage('2026-12-01T02-00-00-000Z-1a2b3c4d.eml')).toBe(true)
    expect(isOutboxMessage('2026-12-01T02-00-00-000Z-1a2b3c4d.sms.txt')).toBe(true)
    expect(isOutboxMessage('notes.txt')).toBe(false)
    expect(isOutboxMessage('archive.eml.bak')).toBe(false)
  })

  it('should expire a message older than the period and keep a younger one', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    expect(outboxMessageExpired(new Date(now.getTime() - 31 * DAY), now, 30)).toBe(true)
    expect(outboxMessageExpired(new Date(now.getTime() - 29 * DAY), now, 30)).toBe(false)
  })

  it('should read the period from OUTBOX_RETENTION_DAYS and fall back to 30 days on nonsense', () => {
    expect(outboxRetentionDays()).toBe(30)
    process.env.OUTBOX_RETENTION_DAYS = '7'
    expect(outboxRetentionDays()).toBe(7)
    process.env.OUTBOX_RETENTION_DAYS = '-3'
    expect(outboxRetentionDays()).toBe(30)
  })

  it('should delete expired messages from the folder and leave new messages and other files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'va-outbox-'))
    const now = new Date()
    const write = (name: string, ageDays: number) => {
      const file = path.join(dir, name)
      writeFileSync(file, 'To: 13800001234\n')
      const at = new Date(now.getTime() - ageDays * DAY)
      utimesSync(file, at, at)
    }
    write('old.eml', 40)
    write('old.sms.txt', 31)
    write('new.sms.txt', 2)
    write('readme.txt', 400)
    expect(purgeOutbox(dir, now, 30)).toBe(2)
    expect(readdirSync(dir).sort()).toEqual(['new.sms.txt', 'readme.txt'])
    expect(purgeOutbox(path.join(dir, 'missing'), now, 30)).toBe(0)
  })
})
