import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '../../src/payload/constants/roles'
import type { User } from '../../src/payload-types'
import { WORKFLOW_CHAINS, WORKFLOW_COLLECTIONS, type WorkflowCollection } from '../../src/payload/workflow/chains'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { demoUser, lexicalBody } from '../helpers/workflowFixtures'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const ACTIONS = [
  'create',
  'edit',
  'submit',
  'approve first',
  'approve second',
  'approve final',
  'return',
  'publish',
  'schedule',
  'unpublish',
  'withdraw',
  'delete',
] as const
type MatrixAction = (typeof ACTIONS)[number]

const WRITERS: Role[] = ['admin', 'editor', 'reviewer', 'publisher']

/** The policy the matrix asserts: who may do what, per collection. `null` = the chain has no such stage. */
const expectedRoles = (collection: WorkflowCollection, action: MatrixAction): Role[] | null => {
  const stationWrites = collection === 'news' ? (['stationStaff'] as Role[]) : []
  switch (action) {
    case 'create':
    case 'edit':
    case 'submit':
      return [...WRITERS, ...stationWrites]
    case 'approve first':
    case 'approve second':
    case 'approve final': {
      const stage = WORKFLOW_CHAINS[collection].stages.find((entry) => `approve ${entry.stage}` === action)
      return stage ? [stage.role] : null
    }
    case 'return':
      return ['reviewer']
    case 'publish':
    case 'schedule':
    case 'unpublish':
    case 'withdraw':
      return ['publisher']
    case 'delete':
      return ['admin', 'publisher']
  }
}

describe('workflow access matrix (Local API, overrideAccess: false)', () => {
  let payload: Payload
  let station: string
  let policy: string
  const actors = new Map<Role, User>()
  const helpers: Record<'author' | 'first' | 'second' | 'final', User> = {} as never
  const matrix: Record<string, Record<string, string>> = {}
  let counter = 0

  const dataFor = (collection: WorkflowCollection): Record<string, unknown> => {
    const n = `${process.pid}-${++counter}`
    const body = lexicalBody('矩阵测试正文。')
    switch (collection) {
      case 'news':
        return { title: `矩阵新闻 ${n}`, category: 'work', source: '本站', body, stations: [station], slug: `matrix-news-${n}` }
      case 'policies':
        return {
          title: `矩阵政策 ${n}`,
          documentNumber: `测发〔2026〕${counter}号`,
          issuer: '南屏县退役军人事务局',
          signedAt: '2026-01-01T00:00:00.000Z',
          effectiveAt: '2026-02-01T00:00:00.000Z',
          validity: 'in_force',
          topic: 'employment',
          body,
          slug: `matrix-policy-${n}`,
        }
      case 'interpretations':
        return { title: `矩阵解读 ${n}`, policy, body, slug: `matrix-interpretation-${n}` }
      case 'commendations':
        return { title: `矩阵通报 ${n}`, issuer: '南屏县退役军人事务局', date: '2026-01-01T00:00:00.000Z', body, slug: `matrix-commendation-${n}` }
      case 'veterans':
        return { name: `矩阵人物 ${n}`, consent: { given: true, recordedAt: '2026-01-01T00:00:00.000Z' }, slug: `matrix-veteran-${n}` }
      case 'stations':
        return { name: `矩阵服务站 ${n}`, level: 'village', parent: station, address: '测试地址', slug: `matrix-station-${n}` }
    }
  }

  const create = (collection: WorkflowCollection, user: User) =>
    payload.create({ collection, data: dataFor(collection) as never, draft: true, user, overrideAccess: false })

  /** A fixture written by a dedicated author and moved by dedicated reviewers, so no tested user touched it. */
  const fixture = async (collection: WorkflowCollection, until: 'draft' | 'inReview' | 'approved' | 'published', stage?: string) => {
    const doc = await create(collection, helpers.author)
    const id = String(doc.id)
    const move = (user: User, action: 'submit' | 'approve' | 'publish') =>
      performTransition(payload, { collection, id, user, input: { action } })
    if (until === 'draft') return id
    await move(helpers.author, 'submit')
    for (const entry of WORKFLOW_CHAINS[collection].stages) {
      if (until === 'inReview' && entry.stage === (stage ?? 'first')) return id
      await move(helpers[entry.stage], 'approve')
    }
    if (until === 'approved') return id
    await move(helpers.final, 'publish')
    return id
  }

  const run = async (collection: WorkflowCollection, action: MatrixAction, user: User) => {
    const step = async (state: Parameters<typeof fixture>[1], input: Parameters<typeof performTransition>[1]['input'], stage?: string) =>
      performTransition(payload, { collection, id: await fixture(collection, state, stage), user, input })
    switch (action) {
      case 'create':
        return create(collection, user)
      case 'edit':
        return payload.update({
          collection,
          id: await fixture(collection, 'draft'),
          data: collection === 'veterans' || collection === 'stations' ? { name: '已修改' } : { title: '已修改' },
          draft: true,
          user,
          overrideAccess: false,
        })
      case 'submit':
        return step('draft', { action: 'submit' })
      case 'approve first':
      case 'approve second':
      case 'approve final':
        return step('inReview', { action: 'approve' }, action.split(' ')[1])
      case 'return':
        return step('inReview', { action: 'return', reason: '请补充材料' })
      case 'publish':
        return step('approved', { action: 'publish' })
      case 'schedule':
        return step('approved', { action: 'schedule', at: new Date(Date.now() + 3_600_000).toISOString() })
      case 'unpublish':
        return step('published', { action: 'unpublish' })
      case 'withdraw':
        return step('published', { action: 'withdraw', reason: '测试撤稿', mode: 'banner' })
      case 'delete':
        return payload.delete({ collection, id: await fixture(collection, 'draft'), user, overrideAccess: false })
    }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const [role, name] of [
      ['admin', 'admin'],
      ['editor', 'editor'],
      ['reviewer', 'reviewer'],
      ['publisher', 'publisher'],
      ['stationStaff', 'station'],
      ['caseHandler', 'handler'],
    ] as const) {
      actors.set(role, await demoUser(payload, name))
    }
    station = String(actors.get('stationStaff')!.station)
    policy = String((await payload.find({ collection: 'policies', limit: 1, depth: 0 })).docs[0].id)
    const helper = async (key: keyof typeof helpers, roles: Role[]) => {
      const user = await payload.create({
        collection: 'users',
        data: { email: `matrix-${key}@test.example`, name: `矩阵${key}`, roles, password: 'matrix-test-1' },
      })
      helpers[key] = { ...user, collection: 'users' } as User
    }
    await helper('author', ['editor'])
    await helper('first', ['reviewer'])
    await helper('second', ['reviewer'])
    await helper('final', ['publisher'])
  })

  afterAll(async () => {
    const cells = Object.values(matrix).reduce((sum, row) => sum + Object.keys(row).length, 0)
    console.log(`workflow access matrix: ${cells} cells (${WORKFLOW_COLLECTIONS.length} collections × ${ROLES.length} roles × ${ACTIONS.length} actions, stages a chain lacks are n/a)`)
    console.table(matrix)
    await releaseTestPayload(payload)
  })

  for (const collection of WORKFLOW_COLLECTIONS) {
    for (const action of ACTIONS) {
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
