import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseSync, StatementSync } from 'node:sqlite'

import { type HitStep, type HitStore, MemoryHitStore, takeOneByOne, type WindowDecision } from '../domain/rateLimit'

// Loaded at run time, so neither Vite (the site) nor Next (the admin) has to bundle a builtin it may not know.
const sqlite = () => process.getBuiltinModule('node:sqlite')

/**
 * Attempts kept in one small SQLite file that every worker of the public site opens, so a limit
 * holds for the whole site and not once per worker. Each attempt, or a submission's checks taken
 * in turn, is one IMMEDIATE transaction (read the key's attempts, apply the rule, write them
 * back), so two workers never both take the last allowed attempt. It is synchronous, like the
 * in-memory store, which keeps the limiter's `take()` a plain boolean for its callers; a
 * transaction takes microseconds, so the lock is never held long enough to stall a worker's event
 * loop.
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
    return this.takeInTurn([{ key, decide, keepMs }]) === 1
  }

  /**
   * The steps in one IMMEDIATE transaction: a submission's three checks cost one lock and one
   * commit instead of three (0.57 ms of CPU per submission for three, bench/enquiries-concurrency.ts).
   */
  takeInTurn(steps: readonly HitStep[]): number {
    try {
      this.db.exec('BEGIN IMMEDIATE')
      try {
        let allowed = 0
        for (const { key, decide, keepMs } of steps) {
          const row = this.read.get(key) as { times: string } | undefined
          const decision = decide(row ? (JSON.parse(row.times) as number[]) : [])
          this.write.run(key, JSON.stringify(decision.times), Date.now() + keepMs)
          if (!decision.allowed) break
          allowed += 1
        }
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
      return this.fallback.takeInTurn(steps)
    }
  }

  close(): void {
    this.db.close()
  }
}

/**
 * Opens the store at `file`, creating it when missing (the site's primary, before it forks its
 * workers). What it holds is kept: a restart, or a second site process on the same data folder,
 * goes on counting (the expired entries are pruned as attempts come in).
 */
export const createSharedHitStore = (file: string): void => {
  mkdirSync(path.dirname(file), { recursive: true })
  new SharedHitStore(file).close()
}

/** ENQUIRY_RATE_STORE's value for the store in the database (MongoDB: site hosts on several machines). */
export const DATABASE_HIT_STORE = 'database'

/** How long the database store is left alone after it failed. */
const RETRY_AFTER_MS = 30_000

type HitDocument = { _id: import('mongodb').ObjectId; key: string; times: number[]; version: number; expires: Date }

/**
 * One document per key, with an `_id` derived from the key, so two hosts counting the same key
 * for the first time cannot both insert it. A unique index on `key` would say the same on MongoDB,
 * but CongoDB (the test server) does not enforce unique indexes; it does refuse a second `_id`.
 */
const documentId = (ObjectId: typeof import('mongodb').ObjectId, key: string) =>
  new ObjectId(createHash('sha256').update(key).digest().subarray(0, 12))

/**
 * Attempts kept in the MongoDB database every site host shares, so a limit holds across hosts
 * (collection va_rate_hits, outside Payload: nobody edits it and it has no schema to migrate).
 * Each take reads the key's entry, applies the rule and writes it back only if the entry's
 * version is still the one read (compare and swap; a lost race reads again). The attempts on
 * one key in this process wait for each other, so only hosts ever race. As with the file store,
 * a database that cannot be used does not stop submissions: this process then counts alone.
 */
export class DatabaseHitStore implements HitStore {
  private collection: Promise<{ collection: import('mongodb').Collection<HitDocument>; id: (key: string) => import('mongodb').ObjectId }> | undefined
  private client: import('mongodb').MongoClient | undefined
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly fallback = new MemoryHitStore()
  private takes = 0
  private warned = false
  private downUntil = 0

  constructor(
    private readonly uri: string,
    private readonly warn: (message: string) => void = console.error,
  ) {}

  take(key: string, decide: (times: readonly number[]) => WindowDecision, keepMs: number): Promise<boolean> {
    // After a failure the database is left alone for a while: each attempt would wait for the driver to give up.
    if (Date.now() < this.downUntil) return Promise.resolve(this.fallback.take(key, decide, keepMs))
    const turn = (this.queues.get(key) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.swap(key, decide, keepMs))
      .catch((error: Error) => {
        if (!this.warned) this.warn(`[rate limit] database store unusable, counting in this process: ${error.message}`)
        this.warned = true
        this.downUntil = Date.now() + RETRY_AFTER_MS
        return this.fallback.take(key, decide, keepMs)
      })
    this.queues.set(key, turn)
    void turn.finally(() => {
      if (this.queues.get(key) === turn) this.queues.delete(key)
    })
    return turn
  }

  /** One step after another: each is its own compare and swap (hosts race per key, not per submission). */
  takeInTurn(steps: readonly HitStep[]): Promise<number> {
    return takeOneByOne(this, steps)
  }

  async close(): Promise<void> {
    await this.client?.close()
  }

  private open() {
    this.collection ??= (async () => {
      const { MongoClient, ObjectId } = await import('mongodb')
      this.client = await new MongoClient(this.uri, { maxPoolSize: 4, serverSelectionTimeoutMS: 5_000 }).connect()
      const collection = this.client.db().collection<HitDocument>('va_rate_hits')
      return { collection, id: (key: string) => documentId(ObjectId, key) }
    })().catch((error: unknown) => {
      this.collection = undefined
      throw error
    })
    return this.collection
  }

  private async swap(key: string, decide: (times: readonly number[]) => WindowDecision, keepMs: number): Promise<boolean> {
    const { collection, id } = await this.open()
    const _id = id(key)
    if (++this.takes % 1_000 === 0) await collection.deleteMany({ expires: { $lt: new Date() } })
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const entry = await collection.findOne({ _id })
      const { allowed, times } = decide(entry?.times ?? [])
      const expires = new Date(Date.now() + keepMs)
      if (!entry) {
        const inserted = await collection.insertOne({ _id, key, times, version: 1, expires }).then(
          () => true,
          (error: { code?: number }) => {
            if (error.code === 11000) return false
            throw error
          },
        )
        if (inserted) return allowed
        continue
      }
      const { matchedCount } = await collection.updateOne({ _id, version: entry.version }, { $set: { times, expires }, $inc: { version: 1 } })
      if (matchedCount === 1) return allowed
    }
    throw new Error(`no consistent write for a key after 20 tries`)
  }
}
