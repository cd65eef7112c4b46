import type { News } from '../../../payload-types'
import { NEWS_COLUMN_ORDER, neighbourQueries, sortOf } from './listOrder'
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
    sort: sortOf(NEWS_COLUMN_ORDER),
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

/** 上一篇/下一篇: the items above and below in the column's list (NEWS_COLUMN_ORDER, as getNewsPage sorts it). */
export const getAdjacentNews = async (article: Pick<News, 'category' | 'pinned' | 'publishedAt' | 'createdAt'>) => {
  const queries = neighbourQueries(NEWS_COLUMN_ORDER, { category: { equals: article.category } }, article)
  const find = async (query: typeof queries.before) =>
    query
      ? ((await findPublic({ collection: 'news', ...query, depth: 0, select: { title: true, slug: true, category: true } })).docs[0] ?? null)
      : null
  const [previous, next] = await Promise.all([find(queries.before), find(queries.after)])
  return { previous, next }
}
