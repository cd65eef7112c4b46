import { Index } from 'flexsearch'

import type { Entry, SearchType } from './sources'
import { indexTerms, normalize, queryPhrases, queryTerms, queryWords } from './tokenize'

/** What a result shows, kept per entry: `raw` is the text as written, for the excerpt and phrase matches. */
export type Stored = Omit<Entry, 'text'> & { raw: string }

/**
 * The full-text engine: FlexSearch's inverted index, which answers a query without scoring
 * every matching document (MiniSearch, used before, did, and took 5–23 ms a query at 10,000
 * news items; FlexSearch with the pairs below, p95 under 8 ms: bench/searchEngine.ts). Terms come from our tokenizer (tokenize.ts): an
 * entry is indexed under its words and its pairs of neighbouring Chinese characters, a query
 * asks for its pairs, so a query printed verbatim on the page always matches. Order: entries
 * whose title holds the query as typed, then those whose text does, then the rest (the pairs
 * found apart), each group in FlexSearch's order.
 */
export type Engine = {
  all: Index
  /** By the engine's number: the title normalised, for title matches. */
  titles: string[]
  /** Every Chinese word of two characters or more ever indexed: where a query with no results finds its nearest terms. */
  vocabulary: Set<string>
  /** Entries by the engine's own number (FlexSearch is fastest with numeric ids). */
  stored: Map<number, Stored>
  numbers: Map<string, number>
  /** By the engine's number, for counting and sorting thousands of matches quickly: type and date (ms, 0 when undated). */
  types: (SearchType | undefined)[]
  times: number[]
  next: number
}

/** A Chinese word worth suggesting: pairs are in the vocabulary's terms too, so words start at three characters. */
const WORD = /^\p{Script=Han}+$/u

/**
 * How many matching entries' texts a query reads for the phrase order. A common word matches
 * thousands of entries at 10,000 items; reading them all took 7–11 ms (bench/searchEngine.ts).
 */
const PHRASE_READS = 1000

/** Terms travel to FlexSearch already cut, joined by this separator (which normalised text never holds). */
const SEPARATOR = '\u0001'
const indexOptions = () => new Index({ tokenize: 'strict', encode: (terms: string) => terms.split(SEPARATOR), fastupdate: true, resolution: 9 })

export const createEngine = (): Engine => ({ all: indexOptions(), titles: [], vocabulary: new Set(), stored: new Map(), numbers: new Map(), types: [], times: [], next: 1 })

export const removeEntry = (engine: Engine, id: string): void => {
  const number = engine.numbers.get(id)
  if (number === undefined) return
  engine.all.remove(number)
  engine.titles[number] = ''
  engine.stored.delete(number)
  engine.numbers.delete(id)
  engine.types[number] = undefined
}

/** Adds an entry, or replaces what was indexed under its id. */
export const addEntry = (engine: Engine, entry: Entry): void => {
  removeEntry(engine, entry.id)
  const number = engine.next++
  const { text, ...shown } = entry
  const terms = indexTerms(`${entry.title}\n${text}`)
  engine.all.add(number, terms.join(SEPARATOR))
  for (const term of terms) if (term.length > 2 && WORD.test(term)) engine.vocabulary.add(term)
  engine.titles[number] = normalize(entry.title)
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
  options: { type?: SearchType; offset?: number; limit?: number; order?: SearchOrder; alternatives?: string[] } = {},
): EngineResult => {
  // The query as typed, then the same query with synonyms (synonyms.ts): an entry matching any of them matches.
  const queries = [query, ...(options.alternatives ?? [])]
  const everything = Math.max(engine.stored.size, 1)
  // FlexSearch answers undefined, not [], for a term whose last entry was removed.
  const find = (terms: string[]) => (terms.length ? ((engine.all.search(terms.join(SEPARATOR), { limit: everything }) ?? []) as number[]) : [])
  // An entry matches when it holds every word of the query (typed together, found apart: 就业招聘
  // in 就业 … 招聘), or every character pair (the query printed on the page, whatever the words).
  // A query of one Chinese word: every entry holding the word holds its pairs, so one search does.
  const byWords = queries.flatMap((each) => {
    const words = queryWords(each)
    return words.length === 1 && words[0].length > 1 && /^\p{Script=Han}+$/u.test(words[0]) ? [] : find(words)
  })
  const byPairs = queries.flatMap((each) => find(queryTerms(each)))
  const wordMatch = new Set(byWords)
  const matched = [...wordMatch, ...new Set(byPairs.filter((number) => !wordMatch.has(number)))]
  const { types, times, titles, stored } = engine
  const counts: Partial<Record<SearchType, number>> = {}
  for (const number of matched) {
    const type = types[number]
    if (type) counts[type] = (counts[type] ?? 0) + 1
  }
  const wanted = options.type ? matched.filter((number) => types[number] === options.type) : matched
  const offset = Math.max(0, options.offset ?? 0)
  const end = offset + (options.limit ?? 50)
  let ordered: number[]
  if (options.order === 'date') {
    ordered = [...wanted].sort((a, b) => times[b] - times[a])
  } else {
    // Title holds the query as typed, then the text does, then every word apart, then the pairs
    // apart. The text is compared as written (lower-cased only for a query with letters), so a
    // Traditional entry's phrase falls back to the later groups. Only as many entries are read
    // as the requested page needs, and at most PHRASE_READS: past them, FlexSearch's order stands.
    const phrasings = queries.map(queryPhrases)
    const holds = (text: string) => phrasings.some((phrases) => phrases.every((phrase) => text.includes(phrase)))
    const lower = phrasings.flat().some((phrase) => /[a-z]/.test(phrase))
    const inTitle = wanted.filter((number) => holds(titles[number]))
    const first = new Set(inTitle)
    const inText: number[] = []
    const apart: number[][] = [[], []]
    let read = 0
    for (; read < wanted.length && read < PHRASE_READS && inTitle.length + inText.length < end; read += 1) {
      const number = wanted[read]
      if (first.has(number)) continue
      const raw = stored.get(number)!.raw
      if (holds(lower ? raw.toLowerCase() : raw)) inText.push(number)
      else apart[wordMatch.has(number) ? 0 : 1].push(number)
    }
    const unread = wanted.slice(read).filter((number) => !first.has(number))
    ordered = [...inTitle, ...inText, ...apart[0], ...apart[1], ...unread]
  }
  const hits = ordered.slice(offset, end).map((number) => stored.get(number)!)
  return { hits, counts, total: wanted.length }
}

/** Levenshtein distance, stopping early once it passes `limit`. */
const distance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    if (Math.min(...current) > limit) return limit + 1
    previous = current
  }
  return previous[b.length]
}

/**
 * For a query with no results: up to `limit` queries that differ from it by one character in a
 * word (优代证 → 优待证) and do find something, nearest first.
 */
export const nearestQueries = (engine: Engine, query: string, limit = 3): string[] => {
  const typed = normalize(query)
  const pieces = typed.split(/\s+/).filter(Boolean)
  const found: { query: string; distance: number }[] = []
  for (const piece of pieces) {
    if (piece.length < 2) continue
    for (const word of engine.vocabulary) {
      const away = distance(piece, word, 1)
      if (away > 1 || word === piece) continue
      const candidate = typed.split(piece).join(word)
      if (!found.some((item) => item.query === candidate) && queryEngine(engine, candidate, { limit: 1 }).total > 0) found.push({ query: candidate, distance: away })
      if (found.length >= limit * 4) break
    }
  }
  return found.sort((a, b) => a.distance - b.distance).slice(0, limit).map((item) => item.query)
}
