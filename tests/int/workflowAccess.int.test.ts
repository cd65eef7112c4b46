import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '../../src/payload/constants/roles'
import type { User } from '../../src/payload-types'
import { WORKFLOW_CHAINS, WORKFLOW_COLLECTIONS, type WorkflowCollection } from '../../src/payload/workflow/chains'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { editData, expectedRoles, MATRIX_ACTIONS, type MatrixAction, matrixData, matrixStep } from '../helpers/workflowMatrix'
import { demoUser } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

type Input = Parameters<typeof performTransition>[1]['input']

describe('workflow access matrix (Local API, overrideAccess: false)', () => {
  let payload: Payload
  const refs = { station: '', policy: '' }
  const actors = new Map<Role, User>()
  const helpers: Record<'author' | 'first' | 'second' | 'final', User> = {} as never
  const matrix: Record<string, Record<string, string>> = {}

  const create = (collection: WorkflowCollection, user: User) =>
    payload.create({ collection, data: matrixData(collection, refs) as never, draft: true, user, overrideAccess: false })

  /** A fixture written by a dedicated author and moved by dedicated reviewers, so no tested user touched it. */
  const fixture = async (collection: WorkflowCollection, until: 'draft' | 'inReview' | 'approved' | 'published', stage = 'first') => {
    const id = String((await create(collection, helpers.author)).id)
    const move = (user: User, action: Input['action']) => performTransition(payload, { collection, id, user, input: { action } })
    if (until === 'draft') return id
    await move(helpers.author, 'submit')
    for (const entry of WORKFLOW_CHAINS[collection].stages) {
      if (until === 'inReview' && entry.stage === stage) return id
      await move(helpers[entry.stage], 'approve')
    }
    if (until === 'approved') return id
    await move(helpers.final, 'publish')
    return id
  }

  const run = async (collection: WorkflowCollection, action: MatrixAction, user: User) => {
    if (action === 'create') return create(collection, user)
    const { from, stage, input } = matrixStep(action)
    const id = await fixture(collection, from, stage)
    if (action === 'edit') return payload.update({ collection, id, data: editData(collection), draft: true, user, overrideAccess: false })
    if (action === 'delete') return payload.delete({ collection, id, user, overrideAccess: false })
    return performTransition(payload, { collection, id, user, input: input as Input })
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    const names: Record<Role, string> = {
      admin: 'admin',
      editor: 'editor',
      reviewer: 'reviewer',
      publisher: 'publisher',
      stationStaff: 'station',
      caseHandler: 'handler',
    }
    for (const role of ROLES) actors.set(role, await demoUser(payload, names[role]))
    refs.station = String(actors.get('stationStaff')!.station)
    refs.policy = String((await payload.find({ collection: 'policies', limit: 1, depth: 0 })).docs[0].id)
    for (const [key, roles] of [
      ['author', ['editor']],
      ['first', ['reviewer']],
      ['second', ['reviewer']],
      ['final', ['publisher']],
    ] as const) {
      const user = await payload.create({
        collection: 'users',
        data: { email: `matrix-${key}@test.example`, name: `矩阵${key}`, roles: [...roles], password: 'matrix-test-1' },
      })
      helpers[key] = { ...user, collection: 'users' } as User
    }
  })

  afterAll(async () => {
    const cells = Object.values(matrix).reduce((sum, row) => sum + Object.keys(row).length, 0)
    console.log(
      `workflow access matrix (Local API): ${cells} cells = ${WORKFLOW_COLLECTIONS.length} collections × ${ROLES.length} roles × ${MATRIX_ACTIONS.length} actions, less the stages a chain does not have`,
    )
    console.table(matrix)
    await releaseTestPayload(payload)
  })

  for (const collection of WORKFLOW_COLLECTIONS) {
    for (const action of MATRIX_ACTIONS) {
      const allowed = expectedRoles(collection, action)
      if (!allowed) continue
      for (const role of ROLES) {
        const expected = allowed.includes(role)
        it(`should ${expected ? 'allow' : 'deny'} ${role} to ${action} ${collection}`, async () => {
          const outcome = await run(collection, action, actors.get(role)!).then(
            () => true,
            () => false,
          )
          matrix[`${collection} · ${action}`] ??= {}
          matrix[`${collection} · ${action}`][role] = outcome ? '✓ allowed' : '✗ denied'
          expect(outcome).toBe(expected)
        })
      }
    }
  }
})
