import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLIC_COLLECTIONS } from '../../src/shared'
import { internalLink, paragraphWithLink } from '../helpers/lexicalLinks'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

/** A published article's internal links, read as the public site reads them, point at public pages. */
describe('internal links on the public site', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(() => releaseTestPayload(payload))

  const published = async (collection: 'policies' | 'news') =>
    (await payload.find({ collection, where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0]!

  const articleLinkingTo = async (relationTo: string, id: string | number, slug: string) => {
    const body = paragraphWithLink('详见', internalLink('相关内容', relationTo, id))
    await payload.create({
      collection: 'news',
      data: { title: `内部链接测试 ${slug}`, category: 'work', body: body as never, source: '本站', slug, _status: 'published' },
    })
    const { getNewsArticle } = await import('../../src/site/lib/content')
    const { richTextToHtml } = await import('../../src/site/lib/richText')
    const article = await getNewsArticle('work', slug)
    expect(article).not.toBeNull()
    return richTextToHtml(article!.body)
  }

  it("should render a link to a published policy as the policy's public URL", async () => {
    const policy = await published('policies')
    const html = await articleLinkingTo('policies', policy.id, 'internal-link-policy')
    expect(html).toContain(`<a href="/policies/${policy.slug}">相关内容</a>`)
    expect(html).not.toContain('href="#"')
  })

  it('should render a link to a published article with its column', async () => {
    const news = (await published('news')) as { id: string | number; category: string; slug?: string | null }
    const html = await articleLinkingTo('news', news.id, 'internal-link-news')
    expect(html).toContain(`<a href="/news/${news.category}/${news.slug}">相关内容</a>`)
  })

  it("should offer only published items of the public collections in the admin's link picker", async () => {
    type DocField = { name: string; relationTo: string[]; filterOptions: (args: Record<string, unknown>) => Promise<unknown> | unknown }
    const body = payload.collections.news.config.flattenedFields.find((field) => field.name === 'body') as unknown as {
      editor: { editorConfig: { resolvedFeatureMap: Map<string, { sanitizedServerFeatureProps: { fields: DocField[] } }> } }
    }
    const docField = body.editor.editorConfig.resolvedFeatureMap.get('link')!.sanitizedServerFeatureProps.fields.find((field) => field.name === 'doc')!
    expect(docField.relationTo).toEqual(PUBLIC_COLLECTIONS)
    for (const collection of PUBLIC_COLLECTIONS) {
      const where = await docField.filterOptions({ relationTo: collection, data: {}, siblingData: {}, id: undefined, user: null, req: {} })
      const offered = await payload.find({ collection, where: where as Where, pagination: false, depth: 0, select: { _status: true } as never })
      const published = await payload.count({ collection, where: { _status: { equals: 'published' } } })
      expect(offered.docs.length).toBe(published.totalDocs)
      expect(offered.docs.every((doc) => (doc as { _status?: string })._status === 'published')).toBe(true)
    }
    // The seeded drafts exist, and the picker leaves them out.
    const draft = (await payload.find({ collection: 'news', where: { _status: { equals: 'draft' } }, limit: 1, depth: 0 })).docs[0]
    expect(draft).toBeDefined()
    const where = await docField.filterOptions({ relationTo: 'news', data: {}, siblingData: {}, id: undefined, user: null, req: {} })
    expect(await payload.count({ collection: 'news', where: { and: [where as Where, { id: { equals: draft!.id } }] } })).toEqual({ totalDocs: 0 })
  })

  it('should not reveal a draft: its link keeps only the text', async () => {
    const draft = (await payload.find({ collection: 'news', where: { _status: { equals: 'draft' } }, limit: 1, depth: 0 })).docs[0]!
    const html = await articleLinkingTo('news', draft.id, 'internal-link-draft')
    expect(html).toContain('详见相关内容')
    expect(html).not.toContain('<a')
    expect(html).not.toContain(draft.slug ?? 'no-slug')
  })
})
