import { contentGeneration } from '../../cache/generation'
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
  const results = (await upToDate()).index.search(query)
  for (const result of results) counts[result.type as SearchType] += 1
  const hits = results
    .filter((result) => !type || result.type === type)
    .slice(0, limit)
    .map((result) => ({
      type: result.type as SearchType,
      title: result.title as string,
      url: result.url as string,
      date: result.date as string | null | undefined,
      titleHtml: highlight(result.title as string, terms, 200),
      excerpt: highlight(result.raw as string, terms),
    }))
  return { hits, counts }
}
