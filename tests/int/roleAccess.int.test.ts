import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '../../src/payload/constants/roles'
import type { User } from '../../src/payload-types'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

type Check = (payload: Payload, user: User) => Promise<unknown>

const someId = async (payload: Payload, collection: 'news' | 'stations', where = {}) =>
  (await payload.find({ collection, where, limit: 1, depth: 0 })).docs[0].id

/** The foundation's access rules; the review workflow refines the content cells. */
const CHECKS: Record<string, { check: Check; allowed: Role[] }> = {
  'read enquiries': {
    check: (payload, user) => payload.find({ collection: 'enquiries', user, overrideAccess: false }),
    allowed: ['admin', 'caseHandler', 'stationStaff'],
  },
  'create news draft': {
    check: (payload, user) =>
      payload.create({
        collection: 'news',
        draft: true,
        data: { title: '权限测试', category: 'work', source: '测试', _status: 'draft' } as never,
        user,
        overrideAccess: false,
      }),
    allowed: ['admin', 'editor', 'reviewer', 'publisher'],
  },
  'delete news': {
    check: async (payload, user) =>
      payload.delete({ collection: 'news', id: await someId(payload, 'news'), user, overrideAccess: false }),
    allowed: ['admin', 'publisher'],
  },
  'update own station': {
    check: async (payload, user) =>
      payload.update({
        collection: 'stations',
        id: (user.station as string) ?? (await someId(payload, 'stations')),
        data: { openingHours: '周一至周五 9:00-17:00' },
        user,
        overrideAccess: false,
      }),
    allowed: ['admin', 'editor', 'reviewer', 'publisher', 'stationStaff'],
  },
  'update another station': {
    check: async (payload, user) =>
      payload.update({
        collection: 'stations',
        id: await someId(payload, 'stations', user.station ? { id: { not_equals: user.station } } : {}),
        data: { openingHours: '周一至周五 9:00-17:00' },
        user,
        overrideAccess: false,
      }),
    allowed: ['admin', 'editor', 'reviewer', 'publisher'],
  },
  'list all users': {
    check: async (payload, user) => {
      const result = await payload.find({ collection: 'users', user, overrideAccess: false })
      if (result.totalDocs < 2) throw new Error('sees only itself')
    },
    allowed: ['admin'],
  },
  'give itself a role': {
    check: async (payload, user) => {
      const updated = await payload.update({
        collection: 'users',
        id: user.id,
        data: { roles: ['admin'] },
        user,
        overrideAccess: false,
      })
      if (!updated.roles.includes('admin')) throw new Error('role change ignored')
    },
    allowed: ['admin'],
  },
}

describe('role access matrix', () => {
  let payload: Payload
  const users = new Map<Role, User>()
  const results: Record<string, Record<string, string>> = {}

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const role of ROLES) {
      const { docs } = await payload.find({ collection: 'users', where: { roles: { contains: role } }, limit: 1, depth: 0 })
      users.set(role, docs[0])
    }
  })
  afterAll(async () => {
    console.table(results)
    await releaseTestPayload(payload)
  })

  for (const [action, { check, allowed }] of Object.entries(CHECKS)) {
    for (const role of ROLES) {
      const expected = allowed.includes(role)
      it(`should ${expected ? 'allow' : 'deny'} ${role} to ${action}`, async () => {
        const user = users.get(role)!
        const outcome = await check(payload, { ...user, collection: 'users' } as User).then(
          () => true,
          () => false,
        )
        results[action] ??= {}
        results[action][role] = outcome ? 'allowed' : 'denied'
        expect(outcome).toBe(expected)
      })
    }
  }
})
