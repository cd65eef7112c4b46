import type { Where } from 'payload'

/**
 * The order of a public list, defined once and used both to sort the list and to find an item's
 * neighbours in it (上一篇/下一篇), so the two always agree. Keys are compared in turn; a
 * `boolean` key puts true before false or empty when descending. The last key should be unique
 * enough to break ties (createdAt: Payload's own tie-breaker, and the last column of the indexes).
 */
export type OrderKey = { field: string; descending: boolean; boolean?: boolean }
export type ListOrder = readonly OrderKey[]

/** Which neighbour: the item shown above in the list (`before`) or below it (`after`). */
export type Side = 'before' | 'after'

/** Payload's `sort` for the list, or for walking it backwards. */
export const sortOf = (order: ListOrder, reverse = false): string[] =>
  order.map(({ field, descending }) => (descending !== reverse ? `-${field}` : field))

const sameAs = (key: OrderKey, value: unknown): Where =>
  key.boolean ? { [key.field]: value === true ? { equals: true } : { not_equals: true } } : { [key.field]: { equals: value } }

/** The items on `side` of `value` on this key alone, or null when there can be none. */
const beyond = (key: OrderKey, value: unknown, side: Side): Where | null => {
  const larger = (side === 'before') === key.descending
  if (!key.boolean) return { [key.field]: { [larger ? 'greater_than' : 'less_than']: value } }
  if (larger) return value === true ? null : { [key.field]: { equals: true } }
  return value === true ? { [key.field]: { not_equals: true } } : null
}

/**
 * A query for the items on `side` of `doc` in `order`: equal on the first keys and beyond on the
 * next one. Sorted by `sortOf(order, side === 'before')`, its first item is the neighbour. Null
 * when no item can be there.
 */
export const beyondWhere = (order: ListOrder, doc: Record<string, unknown>, side: Side): Where | null => {
  const branches = order.flatMap((key, index) => {
    const strict = beyond(key, doc[key.field], side)
    return strict ? [{ and: [...order.slice(0, index).map((earlier) => sameAs(earlier, doc[earlier.field])), strict] }] : []
  })
  return branches.length > 0 ? { or: branches } : null
}

/**
 * The two finds (limit 1) that give `doc`'s neighbours within `scope` (a column, say): the item
 * above it in the list and the one below; null where there is none.
 */
export const neighbourQueries = (order: ListOrder, scope: Where, doc: Record<string, unknown>) => {
  const query = (side: Side) => {
    const where = beyondWhere(order, doc, side)
    return where && { where: { and: [scope, where] }, sort: sortOf(order, side === 'before'), limit: 1, pagination: false as const }
  }
  return { before: query('before'), after: query('after') }
}

/** A news column as the public sees it: pinned first, then newest first. */
export const NEWS_COLUMN_ORDER: ListOrder = [
  { field: 'pinned', descending: true, boolean: true },
  { field: 'publishedAt', descending: true },
  { field: 'createdAt', descending: true },
]
