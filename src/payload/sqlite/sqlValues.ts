import type { InArgs, InValue, IntMode, Row } from '@libsql/client'

/**
 * Values to and from libsql's native binding, converted exactly as @libsql/client's own local
 * client converts them (lib-esm/sqlite3.js), so results do not depend on which path ran a query.
 */
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER)
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)
const MIN_INT64 = -9223372036854775808n
const MAX_INT64 = 9223372036854775807n

const toSql = (value: InValue, intMode: IntMode): unknown => {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    return value
  }
  if (typeof value === 'bigint') {
    if (value < MIN_INT64 || value > MAX_INT64) throw new RangeError('bigint is too large to be represented as a 64-bit integer and passed as argument')
    return value
  }
  if (typeof value === 'boolean') return intMode === 'bigint' ? (value ? 1n : 0n) : intMode === 'string' ? (value ? '1' : '0') : value ? 1 : 0
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (value instanceof Date) return value.valueOf()
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value
}

export const argsToSql = (args: InArgs | undefined, intMode: IntMode): unknown[] | Record<string, unknown> => {
  if (args === undefined || Array.isArray(args)) return (args ?? []).map((value) => toSql(value, intMode))
  const named: Record<string, unknown> = {}
  for (const name in args) named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(args[name], intMode)
  return named
}

const fromSql = (value: unknown, intMode: IntMode): unknown => {
  if (typeof value === 'bigint') {
    if (intMode === 'bigint') return value
    if (intMode === 'string') return `${value}`
    if (value < MIN_SAFE || value > MAX_SAFE) throw new RangeError('Received integer which cannot be safely represented as a JavaScript number')
    return Number(value)
  }
  if (value instanceof Buffer) return value.buffer
  return value
}

const ARRAY_INDEX = /^(0|[1-9]\d*)$/

/**
 * Makes rows readable by index and by column name, with a non-enumerable length, like libsql's,
 * for one statement's columns. Defining every value twice with Object.defineProperty, as libsql
 * does, cost 5–11 µs a row; here the names are plain properties set in the same order on every
 * row (one hidden class), and the indexes and length are getters on a prototype shared by the
 * statement's rows, reading the values from a private field.
 * As in libsql, the first of two columns with the same name gives the name its value.
 */
export const rowFactory = (columns: readonly string[], intMode: IntMode): ((values: unknown[]) => Row) => {
  const count = columns.length
  // Which value each column's name reads (-1: none of its own). libsql defines index i, then
  // name i, so a name that is an index below the count reads that index's value, enumerably
  // only when its column comes before that index; "length" is never a name.
  const named = columns.map((column, index) => {
    if (column === 'length' || columns.indexOf(column) !== index) return -1
    if (!ARRAY_INDEX.test(column) || Number(column) >= count) return index
    return index < Number(column) ? Number(column) : -1
  })
  const plain = named.map((source, index) => source === index && columns[index] !== '__proto__')
  class SqlRow {
    #values: unknown[]
    constructor(values: unknown[]) {
      this.#values = values
      for (let index = 0; index < count; index += 1) {
        if (plain[index]) (this as Record<string, unknown>)[columns[index]] = values[index]
        // An index's name (a plain assignment would meet the prototype's getter), or __proto__.
        else if (named[index] >= 0) Object.defineProperty(this, columns[index], { value: values[named[index]], enumerable: true, configurable: true, writable: true })
      }
    }
    static valueAt(row: SqlRow, index: number) {
      return row.#values[index]
    }
  }
  Object.defineProperty(SqlRow.prototype, 'length', { value: count })
  for (let index = 0; index < count; index += 1) {
    Object.defineProperty(SqlRow.prototype, index, {
      get(this: SqlRow) {
        return SqlRow.valueAt(this, index)
      },
    })
  }
  return (values) => {
    for (let index = 0; index < count; index += 1) values[index] = fromSql(values[index], intMode)
    return new SqlRow(values) as unknown as Row
  }
}
