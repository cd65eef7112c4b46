import { contentGeneration } from '../../cache/generation'
import { queryEngine } from './engine'
import { highlight } from './highlight'
import { emptyIndex, syncIndex, type SearchIndex } from './searchIndex'
import { SEARCH_TYPES, type SearchType } from './sources'
import { tokenize } from './tokenize'

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

export const search = async (query: string, type?: SearchType, limit = 50): Promise<{ hits: SearchHit[]; counts: Record<SearchType, number> }> => {
  const terms = tokenize(query)
  const counts = Object.fromEntries(Object.keys(SEARCH_TYPES).map((key) => [key, 0])) as Record<SearchType, number>
  if (terms.length === 0) return { hits: [], counts }
  const result = queryEngine((await upToDate()).engine, query, { type, limit })
  return {
    counts: { ...counts, ...result.counts },
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
