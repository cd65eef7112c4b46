import { readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

/** How long a message stays in the outbox, in days (OUTBOX_RETENTION_DAYS). */
export const OUTBOX_RETENTION_DAYS_DEFAULT = 30

export const outboxRetentionDays = (): number => {
  const days = Number(process.env.OUTBOX_RETENTION_DAYS)
  return Number.isInteger(days) && days > 0 ? days : OUTBOX_RETENTION_DAYS_DEFAULT
}

/** The outbox's own files: e-mails and text messages it wrote, nothing else in the folder. */
export const isOutboxMessage = (name: string): boolean => /\.(eml|sms\.txt)$/.test(name)

/** A message written before `now` minus `days` has been kept long enough. */
export const outboxMessageExpired = (writtenAt: Date, now: Date, days: number): boolean => writtenAt.getTime() < now.getTime() - days * 86_400_000

/**
 * Deletes the outbox's messages older than the retention period. They hold what was sent —
 * phone numbers, e-mail addresses, tracking secrets — so they must not outlive their use.
 * Returns how many were deleted; a missing folder means nothing to do.
 */
export const purgeOutbox = (dir: string, now = new Date(), days = outboxRetentionDays()): number => {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  let deleted = 0
  for (const name of names.filter(isOutboxMessage)) {
    const file = path.join(dir, name)
    if (!outboxMessageExpired(statSync(file).mtime, now, days)) continue
    rmSync(file, { force: true })
    deleted += 1
  }
  return deleted
}
