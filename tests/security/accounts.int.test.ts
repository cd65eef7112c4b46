import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '../../src/payload/constants/roles'
import type { User } from '../../src/payload-types'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

type Check = (payload: Payload, user: User, other: User) => Promise<unknown>

const as = (user: User) => ({ user: { ...user, collection: 'users' } as User, overrideAccess: false as const })

/** Every access operation of the users collection, on the signed-in user's own account and on another's. */
const CHECKS: Record<string, { check: Check; allowed: Role[] }> = {
  'read its own account': {
    check: (payload, user) => payload.findByID({ collection: 'users', id: user.id, ...as(user) }),
    allowed: [...ROLES],
  },
  "read another's account": {
    check: (payload, user, other) => payload.findByID({ collection: 'users', id: other.id, ...as(user) }),
    allowed: ['admin'],
  },
  'rename itself': {
    check: (payload, user) => payload.update({ collection: 'users', id: user.id, data: { name: user.name }, ...as(user) }),
    allowed: [...ROLES],
  },
  "rename another's account": {
    check: (payload, user, other) => payload.update({ collection: 'users', id: other.id, data: { name: '改名' }, ...as(user) }),
    allowed: ['admin'],
  },
  'move itself to another station': {
    check: async (payload, user) => {
      const { docs } = await payload.find({ collection: 'stations', where: { id: { not_equals: user.station ?? '' } }, limit: 1, depth: 0 })
      const updated = await payload.update({ collection: 'users', id: user.id, data: { station: docs[0].id }, ...as(user) })
      if (updated.station !== docs[0].id && (updated.station as { id?: string } | null)?.id !== docs[0].id) throw new Error('ignored')
    },
    allowed: ['admin'],
  },
  'create an account': {
    check: (payload, user) =>
      payload.create({
        collection: 'users',
        data: { email: `new-${user.id}@accounts.test`, password: 'Neu-2026-pass', name: '新用户', roles: ['editor'] },
        ...as(user),
      }),
    allowed: ['admin'],
  },
  "delete another's account": {
    check: async (payload, user) => {
      const victim = await payload.create({
        collection: 'users',
        data: { email: `victim-${user.id}@accounts.test`, password: 'Opfer-2026-pass', name: '被删用户', roles: ['editor'] },
      })
      try {
        await payload.delete({ collection: 'users', id: victim.id, ...as(user) })
      } finally {
        await payload.delete({ collection: 'users', where: { id: { equals: victim.id } } })
      }
    },
    allowed: ['admin'],
  },
  "unlock another's account": {
    check: (payload, user, other) => payload.unlock({ collection: 'users', data: { email: other.email } as never, ...as(user) }),
    allowed: ['admin'],
  },
}

describe('users access matrix', () => {
  let payload: Payload
  const users = new Map<Role, User>()
  let outsider: User

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const role of ROLES) {
      const { docs } = await payload.find({ collection: 'users', where: { roles: { contains: role } }, limit: 1, depth: 0 })
      users.set(role, docs[0])
    }
    outsider = await payload.create({
      collection: 'users',
      data: { email: 'outsider@accounts.test', password: 'Aussen-2026-pass', name: '其他用户', roles: ['editor'] },
    })
  })
  afterAll(() => releaseTestPayload(payload))

  for (const [action, { check, allowed }] of Object.entries(CHECKS)) {
    for (const role of ROLES) {
      const expected = allowed.includes(role)
      it(`should ${expected ? 'let' : 'refuse'} ${role} ${action}`, async () => {
        const before = await payload.findByID({ collection: 'users', id: outsider.id, depth: 0 })
        const outcome = await check(payload, users.get(role)!, outsider).then(
          () => true,
          () => false,
        )
        expect(outcome).toBe(expected)
        if (!expected) expect(await payload.findByID({ collection: 'users', id: outsider.id, depth: 0 })).toEqual(before)
      })
    }
  }

  it('should not let the admin panel in a user without a role', async () => {
    const roleless = { ...outsider, roles: [] as never[], collection: 'users' } as unknown as User
    const access = (payload.collections.users.config.access.admin as (args: { req: { user: User } }) => boolean)({ req: { user: roleless } })
    expect(access).toBe(false)
  })
})
