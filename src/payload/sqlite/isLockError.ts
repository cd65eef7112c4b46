const SQLITE_BUSY = 5
const SQLITE_LOCKED = 6

/**
 * SQLITE_BUSY or SQLITE_LOCKED, with any extended code (BUSY_SNAPSHOT, BUSY_RECOVERY, …): the
 * errors after which SQLite leaves the failed statement in progress so that it can be retried.
 */
export const isLockError = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false
  const { code, rawCode } = error as { code?: unknown; rawCode?: unknown }
  if (typeof rawCode === 'number') return [SQLITE_BUSY, SQLITE_LOCKED].includes(rawCode & 0xff)
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}
