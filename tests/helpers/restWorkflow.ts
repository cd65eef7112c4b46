import { ROLES, type Role } from '../../src/payload/constants/roles'
import { DEMO_PASSWORD } from '../../src/payload/seed/demoUsers'
import { WORKFLOW_CHAINS, type WorkflowCollection } from '../../src/payload/workflow/chains'
import { apiToken } from './adminApi'
import { matrixData } from './workflowMatrix'

const DEMO_EMAIL: Record<Role, string> = {
  admin: 'admin@demo.example',
  editor: 'editor@demo.example',
  reviewer: 'reviewer@demo.example',
  publisher: 'publisher@demo.example',
  stationStaff: 'station@demo.example',
  caseHandler: 'handler@demo.example',
}

export type Stage = 'draft' | 'inReview' | 'approved' | 'published'

/**
 * The admin's REST API as the tests drive it: a token per demo role plus a dedicated author and
 * reviewers (so no tested user ever touched a fixture), and fixtures moved along the chain.
 */
export const restWorkflow = async (adminUrl: string) => {
  const api = `${adminUrl}/api`
  const tokens = new Map<string, string>()
  const refs = { station: '', policy: '' }

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
  const login = (email: string, password: string) => apiToken(adminUrl, email, password)
  const graphql = async (token: string | null, query: string, variables?: Record<string, unknown>) =>
    (await call(token, 'POST', '/graphql', { query, variables })).json as { data?: Record<string, unknown>; errors?: { message: string }[] }

  /** Every fixture, removed again by removeFixtures: other files read the public lists (the station directory, the home page). */
  const fixtures: [WorkflowCollection, string][] = []
  const fixture = async (collection: WorkflowCollection, until: Stage, stage = 'first') => {
    const id = String((await must(tokens.get('author')!, 'POST', `/${collection}?draft=true`, matrixData(collection, refs))).doc.id)
    fixtures.push([collection, id])
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

  /** What an anonymous reader gets of one document, or undefined. */
  const publicDoc = async (collection: string, id: string) =>
    (await call(null, 'GET', `/${collection}?where[id][equals]=${id}&depth=0`)).json?.docs?.[0] as Record<string, unknown> | undefined
  const isPublic = async (collection: string, id: string) => (await publicDoc(collection, id)) !== undefined

  for (const role of ROLES) tokens.set(role, await login(DEMO_EMAIL[role], DEMO_PASSWORD))
  const me = await must(tokens.get('stationStaff')!, 'GET', '/users/me')
  refs.station = String(typeof me.user.station === 'object' ? me.user.station.id : me.user.station)
  refs.policy = String((await must(tokens.get('admin')!, 'GET', '/policies?limit=1&depth=0')).docs[0].id)
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
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
  const removeFixtures = async () => {
    const left = fixtures.splice(0)
    while (left.length) {
      await Promise.all(left.splice(0, 5).map(([collection, id]) => call(tokens.get('admin')!, 'DELETE', `/${collection}/${id}`)))
    }
  }
  return { api, tokens, refs, call, must, graphql, fixture, publicDoc, isPublic, removeFixtures }
}
