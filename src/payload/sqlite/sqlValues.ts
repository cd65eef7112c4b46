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

/** A row readable by index and by column name, with a non-enumerable length, like libsql's. */
export const rowFromSql = (values: unknown[], columns: string[], intMode: IntMode): Row => {
  const row = {}
  Object.defineProperty(row, 'length', { value: values.length })
  for (let index = 0; index < values.length; index += 1) {
    const value = fromSql(values[index], intMode)
    Object.defineProperty(row, index, { value })
    const column = columns[index]
    if (!Object.hasOwn(row, column)) Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true })
  }
  return row as Row
}
