import { describe, expect, inject, it } from 'vitest'

/** The public APIs as an anonymous client sees them. */
describe('REST and GraphQL for anonymous clients', () => {
  const adminUrl = inject('adminUrl')

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

  it.each(['enquiries', 'users'])('should refuse to list %s', async (collection) => {
    const response = await fetch(`${adminUrl}/api/${collection}`)
    expect(response.status).toBe(403)
  })

  it('should not leak drafts over GraphQL', async () => {
    const response = await fetch(`${adminUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ News(draft: true, limit: 1000) { docs { _status } } }' }),
    })
    const { data } = (await response.json()) as { data: { News: { docs: { _status: string }[] } } }
    expect(data.News.docs.length).toBeGreaterThan(0)
    expect(data.News.docs.every((doc) => doc._status === 'published')).toBe(true)
  })
})
