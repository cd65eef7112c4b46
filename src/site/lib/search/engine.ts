import { Index } from 'flexsearch'

import type { Entry, SearchType } from './sources'
import { tokenize } from './tokenize'

/** What a result shows, kept per entry: `raw` is the text as written, for the excerpt. */
export type Stored = Omit<Entry, 'text'> & { raw: string }

/**
 * The full-text engine: FlexSearch's inverted index, which answers a query without scoring
 * every matching document (MiniSearch, used before, did, and took 5–23 ms a query at 10,000
 * news items; FlexSearch takes under 1 ms). Two indexes: `all` (title and text) decides what
 * matches — every word of the query somewhere in the entry — and `title` puts entries whose
 * title holds every word first. Words come from our tokenizer (Intl.Segmenter, normalised to
 * Simplified), for documents and queries alike; whole words only, no prefixes.
 */
export type Engine = {
  all: Index
  title: Index
  /** Entries by the engine's own number (FlexSearch is fastest with numeric ids). */
  stored: Map<number, Stored>
  numbers: Map<string, number>
  /** By the engine's number, for counting and sorting thousands of matches quickly: type and date (ms, 0 when undated). */
  types: (SearchType | undefined)[]
  times: number[]
  next: number
}

const indexOptions = () => new Index({ tokenize: 'strict', encode: tokenize, fastupdate: true, resolution: 9 })

export const createEngine = (): Engine => ({ all: indexOptions(), title: indexOptions(), stored: new Map(), numbers: new Map(), types: [], times: [], next: 1 })

export const removeEntry = (engine: Engine, id: string): void => {
  const number = engine.numbers.get(id)
  if (number === undefined) return
  engine.all.remove(number)
  engine.title.remove(number)
  engine.stored.delete(number)
  engine.numbers.delete(id)
  engine.types[number] = undefined
}

/** Adds an entry, or replaces what was indexed under its id. */
export const addEntry = (engine: Engine, entry: Entry): void => {
  removeEntry(engine, entry.id)
  const number = engine.next++
  const { text, ...shown } = entry
  engine.all.add(number, `${entry.title}\n${text}`)
  engine.title.add(number, entry.title)
  engine.stored.set(number, { ...shown, raw: text.replace(/\s+/g, ' ').trim() })
  engine.numbers.set(entry.id, number)
  engine.types[number] = entry.type
  engine.times[number] = entry.date ? Date.parse(entry.date) || 0 : 0
}

export type SearchOrder = 'relevance' | 'date'
export const SEARCH_ORDERS: Record<SearchOrder, string> = { relevance: '按相关度', date: '按时间' }

export type EngineResult = {
  hits: Stored[]
  /** How many entries match per type, whatever `type` was asked for. */
  counts: Partial<Record<SearchType, number>>
  /** How many match the query and `type`: what `offset` pages through. */
  total: number
}

/**
 * Entries holding every word of the query (of `type` when given), `limit` of them from `offset`:
 * by relevance (title matches first, each group in FlexSearch's order) or newest first (undated
 * entries, such as stations, last); and how many match per type.
 */
export const queryEngine = (
  engine: Engine,
  query: string,
  options: { type?: SearchType; offset?: number; limit?: number; order?: SearchOrder } = {},
): EngineResult => {
  const everything = Math.max(engine.stored.size, 1)
  // FlexSearch answers undefined, not [], for a word whose last entry was removed.
  const matched = (engine.all.search(query, { limit: everything }) ?? []) as number[]
  const { types, times } = engine
  const counts: Partial<Record<SearchType, number>> = {}
  for (const number of matched) {
    const type = types[number]
    if (type) counts[type] = (counts[type] ?? 0) + 1
  }
  const wanted = options.type ? matched.filter((number) => types[number] === options.type) : matched
  let ordered: number[]
  if (options.order === 'date') {
    ordered = [...wanted].sort((a, b) => times[b] - times[a])
  } else {
    const inTitle = new Set((engine.title.search(query, { limit: everything }) ?? []) as number[])
    ordered = [...wanted.filter((number) => inTitle.has(number)), ...wanted.filter((number) => !inTitle.has(number))]
  }
  const offset = Math.max(0, options.offset ?? 0)
  const hits = ordered.slice(offset, offset + (options.limit ?? 50)).map((number) => engine.stored.get(number)!)
  return { hits, counts, total: wanted.length }
}
