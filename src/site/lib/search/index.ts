import { contentGeneration } from '../../server/generation'
import { nearestQueries, queryEngine, type SearchOrder } from './engine'
import { highlight } from './highlight'
import { emptyIndex, syncIndex, type SearchIndex } from './searchIndex'
import { SEARCH_TYPES, type SearchType } from './sources'
import { synonymAlternatives } from './synonyms'
import { highlightTerms } from './tokenize'

export { SEARCH_ORDERS, type SearchOrder } from './engine'
export { SEARCH_TYPES, type SearchType } from './sources'

/** The index, brought up to date (not rebuilt) on the first search after published content changed. */
let current: Promise<SearchIndex> | null = null
let builtFor = -1

const upToDate = () => {
  if (builtFor !== contentGeneration()) {
    builtFor = contentGeneration()
    const previous = current
    current = (previous ?? Promise.resolve(emptyIndex())).then(syncIndex).catch((error) => {
      // A failed update may have left the index half done: start from nothing next time.
      if (builtFor === contentGeneration()) builtFor = -1
      current = null
      throw error
    })
  }
  return current!
}

export type SearchHit = { type: SearchType; title: string; url: string; date?: string | null; excerpt: string; titleHtml: string }

/** Results per page of the search page. */
export const SEARCH_PAGE_SIZE = 20

export type SearchPage = {
  hits: SearchHit[]
  counts: Record<SearchType, number>
  page: number
  totalPages: number
  /** Synonyms (网站设置 · 搜索同义词) searched as well: “也搜索了”. */
  alsoSearched: string[]
  /** With no results: nearby queries that do find something (“您是不是要找”). */
  suggestions: string[]
}

/** One page of results (`page` is brought within range), highlighted, with the counts per type. */
export const search = async (
  query: string,
  options: { type?: SearchType; page?: number; order?: SearchOrder; synonyms?: string | null } = {},
): Promise<SearchPage> => {
  const { alternatives, used } = synonymAlternatives(query, options.synonyms ?? '')
  const terms = [...highlightTerms(query), ...alternatives.flatMap(highlightTerms)]
  const counts = Object.fromEntries(Object.keys(SEARCH_TYPES).map((key) => [key, 0])) as Record<SearchType, number>
  if (terms.length === 0) return { hits: [], counts, page: 1, totalPages: 0, alsoSearched: [], suggestions: [] }
  const engine = (await upToDate()).engine
  const pageOf = (page: number) =>
    queryEngine(engine, query, { type: options.type, order: options.order, offset: (page - 1) * SEARCH_PAGE_SIZE, limit: SEARCH_PAGE_SIZE, alternatives })
  const requested = Math.max(1, Math.trunc(options.page ?? 1) || 1)
  let result = pageOf(requested)
  const totalPages = Math.ceil(result.total / SEARCH_PAGE_SIZE)
  // A page past the end (an old link after content was withdrawn) shows the last one.
  const page = Math.min(requested, Math.max(totalPages, 1))
  if (page !== requested) result = pageOf(page)
  const nothing = Object.keys(result.counts).length === 0
  return {
    page,
    totalPages,
    counts: { ...counts, ...result.counts },
    alsoSearched: nothing ? [] : used,
    suggestions: nothing ? nearestQueries(engine, query) : [],
    hits: result.hits.map((hit) => ({
      type: hit.type,
      title: hit.title,
      url: hit.url,
      date: hit.date,
      titleHtml: highlight(hit.title, terms, 200),
      excerpt: highlight(hit.raw, terms),
    })),
  }
}
