import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Client, createClient, type InStatement } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { isLockError } from '../../src/payload/sqlite/isLockError'
import { RecoveringClient } from '../../src/payload/sqlite/recoveringClient'

const files = () => `file:${path.join(mkdtempSync(path.join(tmpdir(), 'va-sqlite-client-')), 't.db')}`

/** What a caller sees of a result: rows by index and by name, with their enumerable keys. */
const seen = (result: Awaited<ReturnType<Client['execute']>>) => ({
  columns: result.columns,
  columnTypes: result.columnTypes,
  rowsAffected: result.rowsAffected,
  lastInsertRowid: result.lastInsertRowid,
  rows: result.rows.map((row) => ({
    byIndex: Array.from({ length: row.length }, (_, index) => row[index]),
    // How drizzle reads a row of a select with fields: Array.prototype.slice over the indexes.
    sliced: Array.prototype.slice.call(row),
    byName: { ...row },
    keys: Object.keys(row),
    json: JSON.stringify(row),
  })),
})

const script: InStatement[] = [
  'CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, flag INTEGER, data BLOB, at INTEGER)',
  { sql: 'INSERT INTO t (name, score, flag, data, at) VALUES (?, ?, ?, ?, ?)', args: ['张三', 1.5, true, new Uint8Array([1, 2, 3]).buffer, new Date(Date.UTC(2026, 0, 2))] },
  { sql: 'INSERT INTO t (name, score, flag) VALUES (:name, $score, @flag) RETURNING id, name, flag', args: { name: '李四', score: 2, flag: false } },
  { sql: 'INSERT INTO t (name, score, flag) VALUES (:name, $score, @flag) RETURNING id, name, flag', args: { name: '王五', score: null, flag: 1n } },
  'SELECT id, name, score, flag, data, at, id AS name FROM t ORDER BY id',
  { sql: 'UPDATE t SET score = score + 1 WHERE flag = ?', args: [1] },
  // A schema change between two runs of the same SELECT text.
  'SELECT * FROM t ORDER BY id',
  'ALTER TABLE t ADD COLUMN note TEXT',
  'SELECT * FROM t ORDER BY id',
  'SELECT * FROM t ORDER BY id',
  'SELECT count(*) AS n FROM t WHERE name IS NULL',
  // Column names that are also indexes, "length" or "__proto__": they read as libsql gives them.
  'SELECT id AS "1", name AS "0", score AS "length", flag AS "7", id AS "1", name AS "__proto__" FROM t ORDER BY id',
]

describe('the SQLite client Payload uses', () => {
  it('should answer every statement exactly as @libsql/client does', async () => {
    const plain = createClient({ url: files() })
    const recovering = new RecoveringClient({ url: files() }, ['PRAGMA journal_mode = WAL'])
    for (const statement of script) {
      expect(seen(await recovering.execute(statement)), typeof statement === 'string' ? statement : statement.sql).toEqual(seen(await plain.execute(statement)))
    }
    plain.close()
    recovering.close()
  })

  it('should fail a statement with the same error code as @libsql/client', async () => {
    const plain = createClient({ url: files() })
    const recovering = new RecoveringClient({ url: files() }, [])
    for (const client of [plain, recovering]) {
      await client.execute('CREATE TABLE u (key TEXT UNIQUE)')
      await client.execute("INSERT INTO u VALUES ('a')")
    }
    const codeOf = (client: Client) => client.execute("INSERT INTO u VALUES ('a')").then(() => 'stored', (error: { code: string; message: string }) => `${error.code}: ${error.message}`)
    expect(await codeOf(recovering)).toBe(await codeOf(plain))
    expect(await codeOf(recovering)).toMatch(/^SQLITE_CONSTRAINT/)
    plain.close()
    recovering.close()
  })

  it('should tell lock errors from other errors', () => {
    expect(isLockError({ code: 'SQLITE_BUSY', rawCode: 5 })).toBe(true)
    expect(isLockError({ code: 'SQLITE_BUSY_SNAPSHOT', rawCode: 517 })).toBe(true)
    expect(isLockError({ code: 'SQLITE_LOCKED' })).toBe(true)
    expect(isLockError({ code: 'SQLITE_CONSTRAINT_UNIQUE', rawCode: 2067 })).toBe(false)
    expect(isLockError(new Error('SQLITE_BUSY: database is locked'))).toBe(false)
    expect(isLockError(null)).toBe(false)
  })
})
