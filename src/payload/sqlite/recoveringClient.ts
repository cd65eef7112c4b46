import { type Client, type Config, type InStatement, LibsqlError, type TransactionMode } from '@libsql/client'
import { expandConfig } from '@libsql/core/config'
import { Sqlite3Client } from '@libsql/client/sqlite3'
import Database from 'libsql'

import { isLockError } from './isLockError'
import { PreparedStatements } from './preparedStatements'

/** One native connection: single statements through the statement cache, the rest through libsql's client. */
type Connection = { db: Database.Database; statements: PreparedStatements; client: Client }

/**
 * A libsql client for the SQLite file that never reuses a connection after a lock error.
 *
 * libsql (0.4.x, still in 0.5.x: tursodatabase/libsql-js#228, tursodatabase/libsql-client-ts#352)
 * does not reset a statement whose step failed with SQLITE_BUSY. SQLite keeps such a statement in
 * progress so that it can be retried, and while it is, the connection's later writes join its
 * implicit transaction: they succeed for this process but are committed only when the garbage
 * collector finalizes the statement — lost on a crash, invisible to the other processes, whose
 * writes meanwhile wait on the lock this connection holds. JavaScript cannot reach the statement,
 * so the connection is closed and a fresh one opened in its place; the failed statement dies with
 * the old connection, which never ran it.
 *
 * Calls run one after another (each is synchronous inside libsql anyway), so a lock error is
 * handled before the next statement can touch the connection that saw it. Every new connection
 * gets the per-connection settings again (busy_timeout, synchronous), also the one that replaces
 * a connection handed to an interactive transaction (libsql would open it bare). Single
 * statements go through a cache of prepared statements (preparedStatements.ts).
 */
export class RecoveringClient implements Client {
  readonly protocol = 'file'
  closed = false
  #config: Config
  #pragmas: string[]
  #current: Connection | undefined
  #queue: Promise<unknown> = Promise.resolve()

  constructor(config: Config, pragmas: string[]) {
    this.#config = config
    this.#pragmas = pragmas
  }

  execute(stmt: InStatement) {
    return this.#run(async ({ statements }) => statements.execute(stmt))
  }

  batch(stmts: InStatement[], mode?: TransactionMode) {
    return this.#run(({ client }) => client.batch(stmts, mode))
  }

  migrate(stmts: InStatement[]) {
    return this.#run(({ client }) => client.migrate(stmts))
  }

  executeMultiple(sql: string) {
    return this.#run(({ client }) => client.executeMultiple(sql))
  }

  sync() {
    return this.#run(({ client }) => client.sync())
  }

  /**
   * The transaction keeps the connection it began on; the next call opens a configured one. A
   * statement that fails inside the transaction is the caller's to roll back, as with libsql.
   */
  transaction(mode?: TransactionMode) {
    return this.#run(async ({ client }) => {
      const transaction = await client.transaction(mode)
      this.#current = undefined
      return transaction
    })
  }

  close() {
    this.closed = true
    this.#current?.db.close()
    this.#current = undefined
  }

  #run<T>(operation: (connection: Connection) => Promise<T>): Promise<T> {
    const result = this.#queue.then(async () => {
      if (this.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
      const connection = (this.#current ??= this.#open())
      try {
        return await operation(connection)
      } catch (error) {
        if (isLockError(error)) this.#discard(connection)
        throw error
      }
    })
    this.#queue = result.catch(() => undefined)
    return result
  }

  #open(): Connection {
    const { scheme, path, intMode } = expandConfig(this.#config, true)
    if (scheme !== 'file') throw new LibsqlError(`RecoveringClient opens SQLite files only, not ${scheme}:`, 'URL_SCHEME_NOT_SUPPORTED')
    const db = new Database(path)
    const statements = new PreparedStatements(db, intMode)
    try {
      for (const pragma of this.#pragmas) statements.execute(pragma)
    } catch (error) {
      db.close()
      throw error
    }
    return { db, statements, client: new Sqlite3Client(path, {}, db, intMode) }
  }

  #discard(connection: Connection) {
    if (this.#current === connection) this.#current = undefined
    connection.db.close()
  }
}
