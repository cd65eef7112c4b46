import type { News } from '../../../payload-types'
import { findOnePublic, findPublic, PAGE_SIZE } from './publicRead'

export type NewsCategory = News['category']

const listFields = {
  title: true,
  slug: true,
  category: true,
  publishedAt: true,
  summary: true,
  cover: true,
  pinned: true,
  featured: true,
} as const

export const getNewsPage = (category: NewsCategory | undefined, page = 1, limit = PAGE_SIZE) =>
  findPublic({
    collection: 'news',
    where: category ? { category: { equals: category } } : {},
    sort: ['-pinned', '-publishedAt'],
    page,
    limit,
    depth: 1,
    select: listFields,
  })

export const getLatestNews = async (limit: number, category?: NewsCategory) =>
  (
    await findPublic({
      collection: 'news',
      where: category ? { category: { equals: category } } : {},
      sort: '-publishedAt',
      limit,
      depth: 1,
      select: listFields,
      pagination: false,
    })
  ).docs

export const getFeaturedNews = async () =>
  (await findPublic({ collection: 'news', where: { featured: { equals: true } }, sort: '-publishedAt', limit: 1, depth: 1, pagination: false }))
    .docs[0] ?? null

export const getNewsArticle = (category: string, slug: string) =>
  findOnePublic('news', { and: [{ slug: { equals: slug } }, { category: { equals: category } }] }, 2)

/** The neighbours in the same category, by publication date. */
export const getAdjacentNews = async (article: Pick<News, 'category' | 'publishedAt' | 'id'>) => {
  const at = article.publishedAt ?? ''
  const near = (op: 'less_than' | 'greater_than', sort: string) =>
    findPublic({
      collection: 'news',
      where: { and: [{ category: { equals: article.category } }, { publishedAt: { [op]: at } }] },
      sort,
      limit: 1,
      depth: 0,
      select: { title: true, slug: true, category: true },
      pagination: false,
    }).then((result) => result.docs[0] ?? null)
  const [previous, next] = await Promise.all([near('greater_than', 'publishedAt'), near('less_than', '-publishedAt')])
  return { previous, next }
}
