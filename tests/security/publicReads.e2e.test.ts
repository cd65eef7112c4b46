import { beforeAll, describe, expect, inject, it } from 'vitest'

import { restWorkflow } from '../helpers/restWorkflow'
import { matrixData } from '../helpers/workflowMatrix'

/** Drafts as an anonymous client reaches for them over REST and GraphQL: never any. */
describe('draft reads by the public over REST and GraphQL', () => {
  const adminUrl = inject('adminUrl')
  let rest: Awaited<ReturnType<typeof restWorkflow>>
  /** A draft that was never published, and its title. */
  let draft: { id: string; title: string }

  beforeAll(async () => {
    rest = await restWorkflow(adminUrl)
    const data = matrixData('news', rest.refs)
    draft = { id: String((await rest.must(rest.tokens.get('author')!, 'POST', '/news?draft=true', data)).doc.id), title: data.title as string }
  })

  it.each(['news', 'policies', 'interpretations', 'stations', 'veterans', 'commendations'])(
    'should return only published %s even with draft=true',
    async (collection) => {
      const response = await fetch(`${adminUrl}/api/${collection}?draft=true&limit=1000&depth=0`)
      expect(response.status).toBe(200)
      const { docs } = (await response.json()) as { docs: { _status: string }[] }
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    },
  )

  it.each(['', '?draft=true'])('should not answer a draft by id (GET /api/news/<id>%s)', async (query) => {
    const result = await rest.call(null, 'GET', `/news/${draft.id}${query}`)
    expect([403, 404]).toContain(result.status)
    expect(JSON.stringify(result.json)).not.toContain(draft.title)
  })

  it('should refuse listing and reading versions', async () => {
    const list = await rest.call(null, 'GET', `/news/versions?where[parent][equals]=${draft.id}`)
    expect(list.status).toBe(403)
    const versions = await rest.must(rest.tokens.get('admin')!, 'GET', `/news/versions?where[parent][equals]=${draft.id}&limit=1`)
    const one = await rest.call(null, 'GET', `/news/versions/${versions.docs[0].id}`)
    expect(one.status).toBe(403)
    expect(JSON.stringify(one.json)).not.toContain(draft.title)
  })

  it.each(['enquiries', 'users', 'auditLog', 'importReports', 'importFiles', 'redirects', 'enquiryAttachments'])('should refuse to list %s', async (collection) => {
    const response = await fetch(`${adminUrl}/api/${collection}`)
    expect(response.status).toBe(403)
  })

  it('should not leak drafts over GraphQL: list, by id, versions', async () => {
    const list = await rest.graphql(null, '{ News(draft: true, limit: 1000) { docs { _status } } }')
    const docs = (list.data?.News as { docs: { _status: string }[] }).docs
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    const byId = await rest.graphql(null, `{ NewsItem(id: "${draft.id}", draft: true) { title } }`)
    expect(byId.data?.NewsItem ?? null).toBeNull()
    const versions = await rest.graphql(null, `{ versionsNews(where: { parent: { equals: "${draft.id}" } }) { docs { version { title } } } }`)
    expect(versions.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify([byId, versions])).not.toContain(draft.title)
  })

  it('should not populate a draft through a published item’s relationship (depth), over REST or GraphQL', async () => {
    const policyData = matrixData('policies', rest.refs)
    const policy = String((await rest.must(rest.tokens.get('author')!, 'POST', '/policies?draft=true', policyData)).doc.id)
    const published = rest.refs.policy
    rest.refs.policy = policy
    const interpretation = await rest.fixture('interpretations', 'published').finally(() => {
      rest.refs.policy = published
    })
    const viaRest = await rest.call(null, 'GET', `/interpretations/${interpretation}?depth=2`)
    expect(viaRest.status).toBe(200)
    expect(typeof viaRest.json.policy).not.toBe('object')
    const viaGraphql = await rest.graphql(null, `{ Interpretation(id: "${interpretation}") { title policy { title } } }`)
    expect((viaGraphql.data?.Interpretation as { policy: unknown }).policy).toBeNull()
    expect(JSON.stringify([viaRest.json, viaGraphql])).not.toContain(policyData.title as string)
  })
})
