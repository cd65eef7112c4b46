export type ConnectionSettings = {
  /** How long a statement waits for another process's lock before failing, in ms. */
  busyTimeout: number
  wal: { synchronous: 'EXTRA' | 'FULL' | 'NORMAL' | 'OFF'; journalSizeLimit: number }
}

/**
 * What every connection runs when it opens. busy_timeout and synchronous belong to the
 * connection, not the file, so a replacement connection must set them again; WAL is kept in
 * the file, and setting it again is a no-op.
 */
export const connectionPragmas = ({ busyTimeout, wal }: ConnectionSettings): string[] => [
  `PRAGMA busy_timeout = ${Math.trunc(busyTimeout)}`,
  'PRAGMA journal_mode = WAL',
  `PRAGMA journal_size_limit = ${Math.trunc(wal.journalSizeLimit)}`,
  `PRAGMA synchronous = ${wal.synchronous}`,
]
