import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken } from '../helpers/adminApi'
import { restWorkflow } from '../helpers/restWorkflow'
import { matrixData } from '../helpers/workflowMatrix'

/**
 * Every direct way round the review chain over REST and GraphQL, as a careless insider or a
 * stolen session would try it. Each asserts the refusal and that the public sees nothing new.
 */
describe('the review chain over REST and GraphQL', () => {
  let rest: Awaited<ReturnType<typeof restWorkflow>>
  const token = (who: string) => rest.tokens.get(who)!
  /** Anonymous hits on a title: 0 while the item has not gone through the chain. */
  const publicCount = async (collection: string, title: string) =>
    (await rest.call(null, 'GET', `/${collection}?where[title][equals]=${encodeURIComponent(title)}&depth=0`)).json.totalDocs as number

  beforeAll(async () => {
    rest = await restWorkflow(inject('adminUrl'))
  })
  afterAll(() => rest.removeFixtures())

  it('should refuse the Publish button’s request (PATCH with _status published) from a publisher', async () => {
    const id = await rest.fixture('news', 'approved')
    const result = await rest.call(token('publisher'), 'PATCH', `/news/${id}`, { _status: 'published' })
    expect(result.status).toBe(403)
    expect(await rest.isPublic('news', id)).toBe(false)
  })

  it('should refuse creating an item straight as published (POST with _status published)', async () => {
    const data = matrixData('news', rest.refs)
    const result = await rest.call(token('publisher'), 'POST', '/news', { ...data, _status: 'published' })
    expect(result.status).toBe(403)
    expect(await publicCount('news', data.title as string)).toBe(0)
  })

  it('should refuse bulk publish from the list view (PATCH /api/news?where=…)', async () => {
    const id = await rest.fixture('news', 'approved')
    const result = await rest.call(token('publisher'), 'PATCH', `/news?where[id][equals]=${id}`, { _status: 'published' })
    expect(result.json?.docs ?? []).toHaveLength(0)
    expect(await rest.isPublic('news', id)).toBe(false)
  })

  it('should refuse unpublishing with the Unpublish button’s request', async () => {
    const id = await rest.fixture('news', 'published')
    const before = await rest.publicDoc('news', id)
    const result = await rest.call(token('publisher'), 'PATCH', `/news/${id}`, { _status: 'draft' })
    expect(result.status).toBe(403)
    expect(await rest.publicDoc('news', id)).toEqual(before)
  })

  it('should refuse publishing through a GraphQL update', async () => {
    const id = await rest.fixture('news', 'approved')
    const body = await rest.graphql(token('publisher'), `mutation { updateNewsItem(id: "${id}", data: { _status: published }) { id } }`)
    expect(body.errors?.[0]?.message).toContain('发布必须经过审核流程')
    expect(await rest.isPublic('news', id)).toBe(false)
  })

  it('should refuse creating a published item through GraphQL', async () => {
    const data = matrixData('news', rest.refs)
    const body = await rest.graphql(token('publisher'), 'mutation ($data: mutationNewsItemInput!) { createNewsItem(data: $data) { id } }', {
      data: { ...data, _status: 'published' },
    })
    expect(body.errors?.[0]?.message).toContain('发布必须经过审核流程')
    expect(await publicCount('news', data.title as string)).toBe(0)
  })

  it('should restore an old version only as a draft', async () => {
    const id = await rest.fixture('news', 'published')
    await rest.must(token('final'), 'POST', `/news/${id}/workflow`, { action: 'unpublish' })
    const versions = await rest.must(token('publisher'), 'GET', `/news/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=1`)
    const version = versions.docs[0].id
    expect((await rest.call(token('publisher'), 'POST', `/news/versions/${version}`)).status).toBe(403)
    expect((await rest.call(token('publisher'), 'POST', `/news/versions/${version}?draft=true`)).ok).toBe(true)
    expect(await rest.isPublic('news', id)).toBe(false)
  })

  it('should make a duplicate of a published item a draft that the public does not see', async () => {
    const id = await rest.fixture('news', 'published')
    const original = await rest.publicDoc('news', id)
    const result = await rest.call(token('editor'), 'POST', `/news/${id}/duplicate`, {})
    if (result.ok) {
      const copy = result.json.doc as { id: string; _status: string; workflowState: string }
      expect(copy).toMatchObject({ _status: 'draft', workflowState: 'draft' })
      expect(await rest.isPublic('news', copy.id)).toBe(false)
    }
    expect(await publicCount('news', original!.title as string)).toBe(1)
    expect(await rest.publicDoc('news', id)).toEqual(original)
  })

  it('should refuse the author approving their own item, even holding the reviewer role', async () => {
    const email = `self-approver-${Date.now()}@test.example`
    await rest.must(token('admin'), 'POST', '/users', { email, name: '自审', roles: ['editor', 'reviewer'], password: 'self-approve-1' })
    const author = await apiToken(inject('adminUrl'), email, 'self-approve-1')
    const id = String((await rest.must(author, 'POST', '/news?draft=true', matrixData('news', rest.refs))).doc.id)
    await rest.must(author, 'POST', `/news/${id}/workflow`, { action: 'submit' })
    const result = await rest.call(author, 'POST', `/news/${id}/workflow`, { action: 'approve' })
    expect(result.status).toBe(403)
    expect(result.json?.errors?.[0]?.message).toContain('不能审核或发布自己撰写的稿件')
    expect((await rest.must(token('admin'), 'GET', `/news/${id}?draft=true&depth=0`)).approvals).toEqual([])
    expect(await rest.isPublic('news', id)).toBe(false)
  })

  it('should refuse station staff editing another station’s published news, and keep it as it was', async () => {
    const published = await rest.must(token('admin'), 'GET', `/news?where[stations][not_in]=${rest.refs.station}&limit=1&depth=0`)
    const id = String(published.docs[0].id)
    const before = await rest.publicDoc('news', id)
    const result = await rest.call(token('stationStaff'), 'PATCH', `/news/${id}?draft=true`, { title: '被他站改写' })
    expect(result.ok).toBe(false)
    expect(await rest.publicDoc('news', id)).toEqual(before)
  })

  it('should refuse changing or deleting an audit entry, even for an administrator', async () => {
    const entry = (await rest.must(token('admin'), 'GET', '/auditLog?limit=1&depth=0')).docs[0]
    expect((await rest.call(token('admin'), 'PATCH', `/auditLog/${entry.id}`, { reason: '改写' })).ok).toBe(false)
    expect((await rest.call(token('admin'), 'DELETE', `/auditLog/${entry.id}`)).ok).toBe(false)
    expect((await rest.call(token('admin'), 'POST', '/auditLog', { action: 'publish' })).ok).toBe(false)
    expect(await rest.must(token('admin'), 'GET', `/auditLog/${entry.id}?depth=0`)).toEqual(entry)
  })
})
