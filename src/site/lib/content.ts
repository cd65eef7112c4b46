/**
 * The one module through which the public site reads from Payload.
 * Every read runs with `overrideAccess: false` and no user: the public's access rules apply,
 * so drafts, unconsented profiles and enquiries can never reach a page.
 */
import type { Media, News, SiteSetting, Navigation } from '../../payload-types'
import { payload } from './payload'

const asPublic = { overrideAccess: false, draft: false } as const

export type NewsCategory = News['category']

export const getSiteSettings = async (): Promise<SiteSetting> =>
  (await payload()).findGlobal({ slug: 'siteSettings', ...asPublic, depth: 0 })

export const getNavigation = async (): Promise<Navigation> =>
  (await payload()).findGlobal({ slug: 'navigation', ...asPublic, depth: 0 })

export const getLatestNews = async (limit = 10, category?: NewsCategory) =>
  (
    await (
      await payload()
    ).find({
      collection: 'news',
      ...asPublic,
      where: category ? { category: { equals: category } } : {},
      sort: ['-pinned', '-publishedAt'],
      limit,
      depth: 1,
      select: { title: true, slug: true, category: true, publishedAt: true, summary: true, cover: true, pinned: true },
    })
  ).docs

export const getNewsArticle = async (category: string, slug: string): Promise<News | null> => {
  const result = await (
    await payload()
  ).find({
    collection: 'news',
    ...asPublic,
    where: { and: [{ slug: { equals: slug } }, { category: { equals: category } }] },
    limit: 1,
    depth: 1,
  })
  return result.docs[0] ?? null
}

/** A media document whose original or resized file has this name, if the public may read it. */
export const findMediaByFilename = async (filename: string): Promise<Media | null> => {
  const sizes = ['thumbnail', 'card', 'hero'].map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } }))
  const result = await (
    await payload()
  ).find({
    collection: 'media',
    ...asPublic,
    where: { or: [{ filename: { equals: filename } }, ...sizes] },
    limit: 1,
    depth: 0,
  })
  return result.docs[0] ?? null
}
