/** How long a closed case keeps its personal data, in days (ENQUIRY_RETENTION_DAYS). */
export const RETENTION_DAYS_DEFAULT = 3 * 365

export const retentionDays = (): number => {
  const days = Number(process.env.ENQUIRY_RETENTION_DAYS)
  return Number.isInteger(days) && days > 0 ? days : RETENTION_DAYS_DEFAULT
}

/** Cases closed before this instant have their personal data purged. */
export const purgeCutoff = (now: Date, days = retentionDays()): Date => new Date(now.getTime() - days * 86_400_000)
