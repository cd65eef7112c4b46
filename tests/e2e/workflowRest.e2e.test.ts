import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ROLES, type Role } from '../../src/payload/constants/roles'
import { DEMO_PASSWORD } from '../../src/payload/seed/demoUsers'
import { WORKFLOW_CHAINS, WORKFLOW_COLLECTIONS, type WorkflowCollection } from '../../src/payload/workflow/chains'
import { editData, expectedRoles, MATRIX_ACTIONS, type MatrixAction, matrixData, matrixStep } from '../helpers/workflowMatrix'

const DEMO_EMAIL: Record<Role, string> = {
  admin: 'admin@demo.example',
  editor: 'editor@demo.example',
  reviewer: 'reviewer@demo.example',
  publisher: 'publisher@demo.example',
  stationStaff: 'station@demo.example',
  caseHandler: 'handler@demo.example',
}

describe('workflow over REST and GraphQL', () => {
  const api = `${inject('adminUrl')}/api`
  const tokens = new Map<string, string>()
  const refs = { station: '', policy: '' }
  const matrix: Record<string, Record<string, string>> = {}

  const call = async (token: string | null, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json().catch(() => null)
    return { ok: response.ok, status: response.status, json }
  }
  const must = async (token: string, method: string, path: string, body?: unknown) => {
    const result = await call(token, method, path, body)
    if (!result.ok) throw new Error(`${method} ${path} → ${result.status} ${JSON.stringify(result.json)}`)
    return result.json
  }
  const login = async (email: string, password: string) =>
    (await must('', 'POST', '/users/login', { email, password })).token as string

  const create = (collection: WorkflowCollection, token: string) =>
    call(token, 'POST', `/${collection}?draft=true`, matrixData(collection, refs))

  const fixture = async (collection: WorkflowCollection, until: 'draft' | 'inReview' | 'approved' | 'published', stage = 'first') => {
    const id = String((await must(tokens.get('author')!, 'POST', `/${collection}?draft=true`, matrixData(collection, refs))).doc.id)
    const move = (who: string, action: string) => must(tokens.get(who)!, 'POST', `/${collection}/${id}/workflow`, { action })
    if (until === 'draft') return id
    await move('author', 'submit')
    for (const entry of WORKFLOW_CHAINS[collection].stages) {
      if (until === 'inReview' && entry.stage === stage) return id
      await move(entry.stage, 'approve')
    }
    if (until === 'approved') return id
    await move('final', 'publish')
    return id
  }

  const run = async (collection: WorkflowCollection, action: MatrixAction, token: string) => {
    if (action === 'create') return create(collection, token)
    const { from, stage, input } = matrixStep(action)
    const id = await fixture(collection, from, stage)
    if (action === 'edit') return call(token, 'PATCH', `/${collection}/${id}?draft=true`, editData(collection))
    if (action === 'delete') return call(token, 'DELETE', `/${collection}/${id}`)
    return call(token, 'POST', `/${collection}/${id}/workflow`, input)
  }

  const isPublic = async (collection: string, id: string) =>
    (await call(null, 'GET', `/${collection}?where[id][equals]=${id}&depth=0`)).json?.totalDocs === 1

  beforeAll(async () => {
    for (const role of ROLES) tokens.set(role, await login(DEMO_EMAIL[role], DEMO_PASSWORD))
    const me = await must(tokens.get('stationStaff')!, 'GET', '/users/me')
    refs.station = String(typeof me.user.station === 'object' ? me.user.station.id : me.user.station)
    refs.policy = String((await must(tokens.get('admin')!, 'GET', '/policies?limit=1&depth=0')).docs[0].id)
    const stamp = Date.now()
    for (const [key, roles] of [
      ['author', ['editor']],
      ['first', ['reviewer']],
      ['second', ['reviewer']],
      ['final', ['publisher']],
    ] as const) {
      const email = `rest-${key}-${stamp}@test.example`
      await must(tokens.get('admin')!, 'POST', '/users', { email, name: `接口${key}`, roles, password: 'rest-matrix-1' })
      tokens.set(key, await login(email, 'rest-matrix-1'))
    }
  })

  afterAll(() => {
    const cells = Object.values(matrix).reduce((sum, row) => sum + Object.keys(row).length, 0)
    console.log(`workflow access matrix (REST): ${cells} cells`)
    console.table(matrix)
  })

  for (const collection of WORKFLOW_COLLECTIONS) {
    for (const action of MATRIX_ACTIONS) {
      const allowed = expectedRoles(collection, action)
      if (!allowed) continue
      for (const role of ROLES) {
        const expected = allowed.includes(role)
        it(`should ${expected ? 'allow' : 'deny'} ${role} to ${action} ${collection} over REST`, async () => {
          const { ok } = await run(collection, action, tokens.get(role)!)
          matrix[`${collection} · ${action}`] ??= {}
          matrix[`${collection} · ${action}`][role] = ok ? '✓ allowed' : '✗ denied'
          expect(ok).toBe(expected)
        })
      }
    }
  }

  it('should refuse the Publish button’s request (PATCH with _status published) from a publisher', async () => {
    const id = await fixture('news', 'approved')
    const result = await call(tokens.get('publisher')!, 'PATCH', `/news/${id}`, { _status: 'published' })
    expect(result.status).toBe(403)
    expect(await isPublic('news', id)).toBe(false)
  })

  it('should refuse bulk publish from the list view', async () => {
    const id = await fixture('news', 'approved')
    await call(tokens.get('publisher')!, 'PATCH', `/news?where[id][equals]=${id}`, { _status: 'published' })
    expect(await isPublic('news', id)).toBe(false)
  })

  it('should refuse unpublishing with the Unpublish button’s request', async () => {
    const id = await fixture('news', 'published')
    const result = await call(tokens.get('publisher')!, 'PATCH', `/news/${id}`, { _status: 'draft' })
    expect(result.status).toBe(403)
    expect(await isPublic('news', id)).toBe(true)
  })

  it('should refuse publishing through GraphQL', async () => {
    const id = await fixture('news', 'approved')
    const response = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.get('publisher')}` },
      body: JSON.stringify({ query: `mutation { updateNewsItem(id: "${id}", data: { _status: published }) { id } }` }),
    })
    const body = await response.json()
    expect(body.errors?.[0]?.message).toContain('发布必须经过审核流程')
    expect(await isPublic('news', id)).toBe(false)
  })

  it('should restore an old version only as a draft', async () => {
    const id = await fixture('news', 'published')
    await must(tokens.get('publisher')!, 'POST', `/news/${id}/workflow`, { action: 'unpublish' })
    const versions = await must(
      tokens.get('publisher')!,
      'GET',
      `/news/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=1`,
    )
    const version = versions.docs[0].id
    expect((await call(tokens.get('publisher')!, 'POST', `/news/versions/${version}`)).status).toBe(403)
    expect((await call(tokens.get('publisher')!, 'POST', `/news/versions/${version}?draft=true`)).ok).toBe(true)
    expect(await isPublic('news', id)).toBe(false)
  })

  it('should refuse changing or deleting an audit entry, even for an administrator', async () => {
    const entry = (await must(tokens.get('admin')!, 'GET', '/auditLog?limit=1&depth=0')).docs[0]
    expect((await call(tokens.get('admin')!, 'PATCH', `/auditLog/${entry.id}`, { reason: '改写' })).ok).toBe(false)
    expect((await call(tokens.get('admin')!, 'DELETE', `/auditLog/${entry.id}`)).ok).toBe(false)
    expect((await call(tokens.get('admin')!, 'POST', '/auditLog', { action: 'publish' })).ok).toBe(false)
  })
})
