/** How long personal data is kept: a closed case's, and the outbox's copies of what was sent. */

/** A whole number of days from the environment variable `name`, else `fallback`. */
const daysFrom = (name: string, fallback: number): number => {
  const days = Number(process.env[name])
  return Number.isInteger(days) && days > 0 ? days : fallback
}

/** How long a closed case keeps its personal data, in days (ENQUIRY_RETENTION_DAYS). */
export const RETENTION_DAYS_DEFAULT = 3 * 365

export const retentionDays = (): number => daysFrom('ENQUIRY_RETENTION_DAYS', RETENTION_DAYS_DEFAULT)

/** Cases closed before this instant have their personal data purged. */
export const purgeCutoff = (now: Date, days = retentionDays()): Date => new Date(now.getTime() - days * 86_400_000)

/** How long a message stays in the outbox, in days (OUTBOX_RETENTION_DAYS). */
export const OUTBOX_RETENTION_DAYS_DEFAULT = 30

export const outboxRetentionDays = (): number => daysFrom('OUTBOX_RETENTION_DAYS', OUTBOX_RETENTION_DAYS_DEFAULT)

/** The outbox's own files: e-mails and text messages it wrote, nothing else in the folder. */
export const isOutboxMessage = (name: string): boolean => /\.(eml|sms\.txt)$/.test(name)

/** A message written before `now` minus `days` has been kept long enough. */
export const outboxMessageExpired = (writtenAt: Date, now: Date, days: number): boolean => writtenAt.getTime() < now.getTime() - days * 86_400_000
