/**
 * The 政府信息公开目录: every published item filed under a category (disclosure(), src/payload/disclosure),
 * with its 索引号, read with the public's access from the collections the 目录 covers.
 */
import { DISCLOSURE_CATEGORIES, type DisclosureCategory, isDisclosureCategory } from '../../../payload/disclosure'
import { beijingDate, publicPath } from '../../../shared'
import { PAGE_SIZE } from './publicRead'
import { findPublic } from './publicRead'

const SOURCES = ['policies', 'news', 'pages'] as const

export type CatalogItem = {
  title: string
  href: string
  indexNumber: string | null
  category: DisclosureCategory
  publishedAt: string | null
  year: number | null
}

type Doc = { title?: string; slug?: string; category?: string; disclosureCategory?: string | null; indexNumber?: string | null; publishedAt?: string | null }

/** Every item of the 目录, newest first. */
export const getCatalogItems = async (): Promise<CatalogItem[]> => {
  const found = await Promise.all(
    SOURCES.map(async (collection) => {
      const { docs } = await findPublic({
        collection,
        where: { disclosureCategory: { exists: true } },
        select: { title: true, slug: true, disclosureCategory: true, indexNumber: true, publishedAt: true, ...(collection === 'news' ? { category: true } : {}) } as never,
        pagination: false,
        depth: 0,
      })
      return (docs as Doc[])
        .filter((doc) => isDisclosureCategory(doc.disclosureCategory))
        .map((doc) => ({
          title: doc.title ?? '',
          href: publicPath(collection, doc as never) ?? '',
          indexNumber: doc.indexNumber ?? null,
          category: doc.disclosureCategory as DisclosureCategory,
          publishedAt: doc.publishedAt ?? null,
          year: doc.publishedAt ? Number(beijingDate(new Date(doc.publishedAt)).slice(0, 4)) : null,
        }))
    }),
  )
  return found.flat().sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || (a.indexNumber ?? '').localeCompare(b.indexNumber ?? ''))
}

export type CatalogFilter = { category?: DisclosureCategory; year?: number; page?: number }

/** One page of the 目录, filtered; with the counts per category and the years there are items for. */
export const getCatalog = async ({ category, year, page = 1 }: CatalogFilter) => {
  const items = await getCatalogItems()
  const matching = items.filter((item) => (!category || item.category === category) && (!year || item.year === year))
  const totalPages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE))
  const shown = Math.min(Math.max(1, page), totalPages)
  const counts = Object.fromEntries(Object.keys(DISCLOSURE_CATEGORIES).map((key) => [key, items.filter((item) => item.category === key).length])) as Record<DisclosureCategory, number>
  const years = [...new Set(items.map((item) => item.year).filter((each): each is number => each !== null))].sort((a, b) => b - a)
  return { docs: matching.slice((shown - 1) * PAGE_SIZE, shown * PAGE_SIZE), totalDocs: matching.length, page: shown, totalPages, counts, years }
}

export type AnnualReportLink = { year: number; title: string; href: string; publishedAt: string | null }

/** The published 政府信息公开工作年度报告, newest year first. */
export const getAnnualReports = async (): Promise<AnnualReportLink[]> => {
  const { docs } = await findPublic({
    collection: 'pages',
    where: { annualReportYear: { greater_than: 0 } },
    select: { title: true, slug: true, annualReportYear: true, publishedAt: true },
    sort: '-annualReportYear',
    pagination: false,
    depth: 0,
  })
  return docs.map((doc) => ({ year: Number(doc.annualReportYear), title: doc.title, href: publicPath('pages', doc as never) ?? '', publishedAt: doc.publishedAt ?? null }))
}
