import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseSync, StatementSync } from 'node:sqlite'

import { type HitStore, MemoryHitStore, type WindowDecision } from '../domain/rateLimit'

// Loaded at run time, so neither Vite (the site) nor Next (the admin) has to bundle a builtin it may not know.
const sqlite = () => process.getBuiltinModule('node:sqlite')

/**
 * Attempts kept in one small SQLite file that every worker of the public site opens, so a limit
 * holds for the whole site and not once per worker. Each attempt is one IMMEDIATE transaction
 * (read the key's attempts, apply the rule, write them back), so two workers never both take
 * the last allowed attempt. It is synchronous, like the in-memory store, which keeps the
 * limiter's `take()` a plain boolean for its callers; a transaction takes microseconds, so the
 * lock is never held long enough to stall a worker's event loop.
 */
export class SharedHitStore implements HitStore {
  private readonly db: DatabaseSync
  private readonly read: StatementSync
  private readonly write: StatementSync
  private readonly prune: StatementSync
  private readonly fallback = new MemoryHitStore()
  private takes = 0
  private warned = false

  constructor(
    file: string,
    private readonly warn: (message: string) => void = console.error,
  ) {
    this.db = new (sqlite().DatabaseSync)(file, { timeout: 2_000 })
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = OFF;
      CREATE TABLE IF NOT EXISTS hits (key TEXT PRIMARY KEY, times TEXT NOT NULL, expires INTEGER NOT NULL);
    `)
    this.read = this.db.prepare('SELECT times FROM hits WHERE key = ?')
    this.write = this.db.prepare('INSERT OR REPLACE INTO hits (key, times, expires) VALUES (?, ?, ?)')
    this.prune = this.db.prepare('DELETE FROM hits WHERE expires < ?')
  }

  take(key: string, decide: (times: readonly number[]) => WindowDecision, keepMs: number): boolean {
    try {
      this.db.exec('BEGIN IMMEDIATE')
      try {
        const row = this.read.get(key) as { times: string } | undefined
        const { allowed, times } = decide(row ? (JSON.parse(row.times) as number[]) : [])
        this.write.run(key, JSON.stringify(times), Date.now() + keepMs)
        if (++this.takes % 1_000 === 0) this.prune.run(Date.now())
        this.db.exec('COMMIT')
        return allowed
      } catch (error) {
        if (this.db.isTransaction) this.db.exec('ROLLBACK')
        throw error
      }
    } catch (error) {
      // A file that cannot be used (disk full, locked for seconds) must not stop submissions:
      // this process's own counters still limit, as they did before the store was shared.
      if (!this.warned) this.warn(`[rate limit] shared store unusable, counting in this process: ${(error as Error).message}`)
      this.warned = true
      return this.fallback.take(key, decide, keepMs)
    }
  }

  close(): void {
    this.db.close()
  }
}

/** Starts an empty store at `file` (the site's primary, before it forks its workers): limits last as long as the site process. */
export const createSharedHitStore = (file: string): void => {
  mkdirSync(path.dirname(file), { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
  new SharedHitStore(file).close()
}
