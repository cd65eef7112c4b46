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
  next: number
}

const indexOptions = () => new Index({ tokenize: 'strict', encode: tokenize, fastupdate: true, resolution: 9 })

export const createEngine = (): Engine => ({ all: indexOptions(), title: indexOptions(), stored: new Map(), numbers: new Map(), next: 1 })

export const removeEntry = (engine: Engine, id: string): void => {
  const number = engine.numbers.get(id)
  if (number === undefined) return
  engine.all.remove(number)
  engine.title.remove(number)
  engine.stored.delete(number)
  engine.numbers.delete(id)
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
}

export type EngineResult = { hits: Stored[]; counts: Partial<Record<SearchType, number>> }

/**
 * Entries holding every word of the query: at most `limit` of them (of `type` when given),
 * title matches first, each group in FlexSearch's relevance order; and how many match per type.
 */
export const queryEngine = (engine: Engine, query: string, options: { type?: SearchType; limit?: number } = {}): EngineResult => {
  const everything = Math.max(engine.stored.size, 1)
  // FlexSearch answers undefined, not [], for a word whose last entry was removed.
  const matched = (engine.all.search(query, { limit: everything }) ?? []) as number[]
  const counts: Partial<Record<SearchType, number>> = {}
  for (const number of matched) {
    const type = engine.stored.get(number)?.type
    if (type) counts[type] = (counts[type] ?? 0) + 1
  }
  const limit = options.limit ?? 50
  const wanted = (number: number) => !options.type || engine.stored.get(number)?.type === options.type
  const inTitle = new Set((engine.title.search(query, { limit: everything }) ?? []) as number[])
  const ordered = [...matched.filter((number) => inTitle.has(number)), ...matched.filter((number) => !inTitle.has(number))]
  const hits: Stored[] = []
  for (const number of ordered) {
    if (hits.length >= limit) break
    if (wanted(number)) hits.push(engine.stored.get(number)!)
  }
  return { hits, counts }
}
