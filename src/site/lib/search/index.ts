import { contentGeneration, onContentGeneration } from '../../server/generation'
import { backgroundSync } from './backgroundSync'
import { nearestQueries, queryEngine, type SearchOrder } from './engine'
import { highlight } from './highlight'
import { emptyIndex, syncIndex } from './searchIndex'
import { SEARCH_TYPES, type SearchType } from './sources'
import { synonymAlternatives } from './synonyms'
import { highlightTerms } from './tokenize'

export { SEARCH_ORDERS, type SearchOrder } from './engine'
export { SEARCH_TYPES, type SearchType } from './sources'

/**
 * This process's index. A search reads it as it is and never waits for it: a purge (or the
 * first search) starts bringing it up to date beside the requests, in slices of a few
 * milliseconds (searchIndex.ts), so after a large import results are seconds old, not slow.
 */
const index = emptyIndex()
const sync = backgroundSync({
  sync: () => syncIndex(index).then(() => undefined),
  generation: contentGeneration,
  onError: (error) => console.error('search index: sync failed; tried again at the next purge or search', error),
})
onContentGeneration(() => void sync.kick())

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
  /** The index has not been built to the end yet (the process just started): results may be missing. */
  incomplete: boolean
  /** The index is being brought up to date: the page must not be kept in the page cache. */
  catchingUp: boolean
}

/** One page of results (`page` is brought within range), highlighted, with the counts per type. */
export const search = async (
  query: string,
  options: { type?: SearchType; page?: number; order?: SearchOrder; synonyms?: string | null } = {},
): Promise<SearchPage> => {
  const { alternatives, used } = synonymAlternatives(query, options.synonyms ?? '')
  const terms = [...highlightTerms(query), ...alternatives.flatMap(highlightTerms)]
  const counts = Object.fromEntries(Object.keys(SEARCH_TYPES).map((key) => [key, 0])) as Record<SearchType, number>
  void sync.kick()
  const { built, upToDate } = sync.status()
  const state = { incomplete: !built, catchingUp: !upToDate }
  if (terms.length === 0) return { hits: [], counts, page: 1, totalPages: 0, alsoSearched: [], suggestions: [], ...state }
  const { engine } = index
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
    ...state,
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
