import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { FlattenedField, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '../../src/payload/constants/roles'

/**
 * The MongoDB adapter (3.90.2) drops `exists` on a path through a relationship, turns
 * `equals: null` on a relationship into `$eq: undefined` (matches nothing) and drops paths it
 * cannot resolve: inside `or` that hides data, inside `and` (or alone) it widens access. SQLite
 * reads all three as meant, so the int tests cannot see it. This walks every Where that any
 * access function returns, for every role, and refuses those forms.
 */

type Resolved = { field?: FlattenedField; viaRelation: boolean }

const isRelation = (field: FlattenedField) => field.type === 'relationship' || field.type === 'upload'

/** The field a query path ends on, and whether it crosses a relationship on the way. */
const resolvePath = (config: SanitizedConfig, fields: FlattenedField[], segments: string[], viaRelation = false): Resolved => {
  const [name, ...rest] = segments
  if (name === 'id' && rest.length === 0) return { field: { name: 'id', type: 'text' } as FlattenedField, viaRelation }
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return { field, viaRelation }
  // A polymorphic relationship is queried on its own two parts.
  if (isRelation(field) && Array.isArray(field.relationTo) && rest.length === 1 && ['value', 'relationTo'].includes(rest[0])) {
    return { field, viaRelation }
  }
  if (isRelation(field) && 'relationTo' in field && typeof field.relationTo === 'string') {
    const related = config.collections.find((collection) => collection.slug === field.relationTo)
    return related ? resolvePath(config, related.flattenedFields, rest, true) : { viaRelation }
  }
  if ('flattenedFields' in field) return resolvePath(config, field.flattenedFields, rest, viaRelation)
  return { viaRelation }
}

/** Every query form in `where` that the MongoDB adapter would not read as SQLite does. */
export const mongoProblems = (config: SanitizedConfig, fields: FlattenedField[], where: Where): string[] =>
  Object.entries(where).flatMap(([key, value]) => {
    if (key === 'and' || key === 'or') return (value as Where[]).flatMap((part) => mongoProblems(config, fields, part))
    const segments = key.replace(/^version\./, '').split('.')
    const { field, viaRelation } = resolvePath(config, fields, segments)
    if (!field) return [`${key}: no such field, the MongoDB adapter drops the condition`]
    return Object.entries(value as Record<string, unknown>).flatMap(([operator, operand]) => {
      if (operator === 'exists' && (viaRelation || isRelation(field))) return [`${key}: exists on a relationship path`]
      if ((operator === 'equals' || operator === 'not_equals') && operand === null && isRelation(field)) {
        return [`${key}: ${operator} null on a relationship`]
      }
      return []
    })
  })

/** Users of every role, with and without a station, and nobody. */
const USERS = [
  null,
  ...ROLES.flatMap((role) => [
    { id: 'user-1', roles: [role], collection: 'users' },
    { id: 'user-1', roles: [role], station: 'station-1', collection: 'users' },
  ]),
]

describe('access rules read the same on SQLite and MongoDB', () => {
  let config: SanitizedConfig

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'va-access-where-'))
    Object.assign(process.env, { DATA_DIR: dataDir, PAYLOAD_SECRET: 'unit-test-secret', DATABASE_URI: `file:${path.join(dataDir, 'unused.db')}` })
    config = await (await import('../../payload.config')).default
  }, 60_000)

  /** A request whose payload answers every lookup with two stations, as access functions may ask. */
  const requestFor = (user: (typeof USERS)[number]) =>
    ({
      user,
      context: {},
      headers: new Headers(),
      payload: { config, find: async () => ({ docs: [{ id: 'station-1' }, { id: 'station-2' }], totalDocs: 2 }) },
    }) as unknown as PayloadRequest

  it('should find the forms the MongoDB adapter misreads', () => {
    const enquiries = config.collections.find((collection) => collection.slug === 'enquiryAttachments')!
    expect(
      mongoProblems(config, enquiries.flattenedFields, {
        or: [{ 'enquiry.station': { exists: false } }, { enquiry: { equals: null } }, { 'enquiry.nothing': { equals: 'x' } }],
      }),
    ).toEqual(['enquiry.station: exists on a relationship path', 'enquiry: equals null on a relationship', 'enquiry.nothing: no such field, the MongoDB adapter drops the condition'])
  })

  it('should use no exists or null test on a relationship, nor an unknown path, in any collection access rule for any role', async () => {
    const problems: string[] = []
    let wheres = 0
    for (const collection of config.collections) {
      for (const [operation, access] of Object.entries(collection.access)) {
        if (typeof access !== 'function') continue
        for (const user of USERS) {
          const result = await access({ req: requestFor(user), id: 'doc-1', data: {} } as never)
          if (!result || typeof result !== 'object') continue
          wheres += 1
          const who = user ? `${user.roles.join('+')}${'station' in user ? ' with station' : ''}` : 'anonymous'
          for (const problem of mongoProblems(config, collection.flattenedFields, result as Where)) {
            problems.push(`${collection.slug}.${operation} for ${who}: ${problem}`)
          }
        }
      }
    }
    expect(wheres).toBeGreaterThan(20)
    expect(problems).toEqual([])
  })

  it('should use no exists or null test on a relationship, nor an unknown path, in any global access rule for any role', async () => {
    const problems: string[] = []
    for (const global of config.globals) {
      for (const [operation, access] of Object.entries(global.access)) {
        if (typeof access !== 'function') continue
        for (const user of USERS) {
          const result = await access({ req: requestFor(user), data: {} } as never)
          if (!result || typeof result !== 'object') continue
          for (const problem of mongoProblems(config, global.flattenedFields, result as Where)) problems.push(`${global.slug}.${operation}: ${problem}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})
