import { type InStatement, type IntMode, LibsqlError, type ResultSet, type Row } from '@libsql/client'
import { ResultSetImpl } from '@libsql/core/util'
import Database from 'libsql'

import { argsToSql, rowFactory } from './sqlValues'

type Prepared = { statement: Database.Statement; returnsData: boolean; columns: string[]; columnTypes: string[]; toRow: (values: unknown[]) => Row }

const MAX_STATEMENTS = 256
// Only data statements are kept; anything else (DDL, PRAGMA, BEGIN) empties the cache, so a
// schema change never leaves a cached statement with stale column names.
const CACHEABLE = /^\s*(select|insert|update|delete|with)\b/i

/**
 * Executes statements on one native libsql connection, keeping prepared statements by SQL text.
 * @libsql/client prepares every statement afresh and asks for its columns twice; for Payload's
 * wide rows that costs more than running the statement. A statement is always run to the end
 * (all() or run()), so a cached one is never left in progress — except after a lock error, and
 * then RecoveringClient throws away the connection with its cache.
 */
export class PreparedStatements {
  #db: Database.Database
  #intMode: IntMode
  #cache = new Map<string, Prepared>()

  constructor(db: Database.Database, intMode: IntMode) {
    this.#db = db
    this.#intMode = intMode
  }

  execute(stmt: InStatement): ResultSet {
    try {
      return this.#execute(stmt)
    } catch (error) {
      // The same error as @libsql/client's (code SQLITE_BUSY, SQLITE_CONSTRAINT_UNIQUE, …).
      if (error instanceof Database.SqliteError) throw new LibsqlError(error.message, error.code, error.rawCode, error)
      throw error
    }
  }

  #execute(stmt: InStatement): ResultSet {
    const { sql, args } = typeof stmt === 'string' ? { sql: stmt, args: undefined } : stmt
    const prepared = this.#prepare(sql)
    const values = argsToSql(args, this.#intMode)
    if (prepared.returnsData) {
      const rows = (prepared.statement.all(values) as unknown[][]).map(prepared.toRow)
      return new ResultSetImpl(prepared.columns, prepared.columnTypes, rows, 0, undefined)
    }
    const info = prepared.statement.run(values)
    return new ResultSetImpl([], [], [], info.changes, BigInt(info.lastInsertRowid))
  }

  #prepare(sql: string): Prepared {
    const cached = this.#cache.get(sql)
    if (cached) {
      // Most recently used last: the first entry is the one to evict.
      this.#cache.delete(sql)
      this.#cache.set(sql, cached)
      return cached
    }
    const statement = this.#db.prepare(sql)
    statement.safeIntegers(true)
    let returnsData = true
    try {
      statement.raw(true)
    } catch {
      // raw() throws when the statement returns no data.
      returnsData = false
    }
    const definitions = returnsData ? statement.columns() : []
    const columns = definitions.map((column) => column.name)
    const prepared = { statement, returnsData, columns, columnTypes: definitions.map((column) => column.type ?? ''), toRow: rowFactory(columns, this.#intMode) }
    if (!CACHEABLE.test(sql)) {
      this.#cache.clear()
      return prepared
    }
    this.#cache.set(sql, prepared)
    if (this.#cache.size > MAX_STATEMENTS) this.#cache.delete(this.#cache.keys().next().value!)
    return prepared
  }
}
