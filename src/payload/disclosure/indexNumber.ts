/**
 * 索引号 of 政府信息公开: issuer code / year - sequence, e.g. 11439901MB1A2B3C4D/2026-00012.
 * Assigned once, on first publication, and never changed afterwards.
 */
export const formatIndexNumber = (organizationCode: string, year: number, sequence: number): string =>
  `${organizationCode}/${year}-${String(sequence).padStart(5, '0')}`

export const indexNumberPrefix = (organizationCode: string, year: number): string =>
  `${organizationCode}/${year}-`

/** The next sequence after the highest one already used in that year. */
export const nextIndexSequence = (existing: readonly string[], prefix: string): number =>
  existing.reduce((max, value) => {
    if (!value.startsWith(prefix)) return max
    const sequence = Number.parseInt(value.slice(prefix.length), 10)
    return Number.isFinite(sequence) && sequence > max ? sequence : max
  }, 0) + 1
