import MiniSearch from 'minisearch'

import { contentGeneration } from '../../cache/generation'
import { findPublic } from '../content/publicRead'
import { richTextToPlain } from '../richText'
import { normalize, tokenize } from './tokenize'
import { highlight } from './highlight'

export const SEARCH_TYPES = {
  news: '新闻',
  policies: '政策法规',
  interpretations: '政策解读',
  stations: '服务站点',
  veterans: '先进典型',
} as const

export type SearchType = keyof typeof SEARCH_TYPES

type Entry = { id: string; type: SearchType; title: string; text: string; raw?: string; url: string; date?: string | null }

const loaders: Record<SearchType, () => Promise<Entry[]>> = {
  news: async () =>
    (await findPublic({ collection: 'news', pagination: false, depth: 0, select: { title: true, slug: true, category: true, body: true, summary: true, publishedAt: true } })).docs.map(
      (doc) => ({ id: `news:${doc.id}`, type: 'news', title: doc.title, text: `${doc.summary ?? ''} ${richTextToPlain(doc.body)}`, url: `/news/${doc.category}/${doc.slug}`, date: doc.publishedAt }),
    ),
  policies: async () =>
    (await findPublic({ collection: 'policies', pagination: false, depth: 0, select: { title: true, slug: true, body: true, documentNumber: true, publishedAt: true } })).docs.map(
      (doc) => ({ id: `policies:${doc.id}`, type: 'policies', title: doc.title, text: `${doc.documentNumber ?? ''} ${richTextToPlain(doc.body)}`, url: `/policies/${doc.slug}`, date: doc.publishedAt }),
    ),
  interpretations: async () =>
    (await findPublic({ collection: 'interpretations', pagination: false, depth: 0, select: { title: true, slug: true, body: true, publishedAt: true } })).docs.map(
      (doc) => ({ id: `interpretations:${doc.id}`, type: 'interpretations', title: doc.title, text: richTextToPlain(doc.body), url: `/interpretations/${doc.slug}`, date: doc.publishedAt }),
    ),
  stations: async () =>
    (await findPublic({ collection: 'stations', pagination: false, depth: 0, select: { name: true, slug: true, address: true, story: true } })).docs.map(
      (doc) => ({ id: `stations:${doc.id}`, type: 'stations', title: doc.name, text: `${doc.address} ${richTextToPlain(doc.story)}`, url: `/stations/${doc.slug}` }),
    ),
  veterans: async () =>
    (await findPublic({ collection: 'veterans', pagination: false, depth: 0, select: { name: true, slug: true, summary: true, story: true, publishedAt: true } })).docs.map(
      (doc) => ({ id: `veterans:${doc.id}`, type: 'veterans', title: doc.name, text: `${doc.summary ?? ''} ${richTextToPlain(doc.story)}`, url: `/veterans/${doc.slug}`, date: doc.publishedAt }),
    ),
}

const build = async () => {
  const index = new MiniSearch<Entry>({
    fields: ['title', 'text'],
    storeFields: ['type', 'title', 'raw', 'url', 'date'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { title: 3 }, combineWith: 'AND', tokenize, processTerm: (term) => term },
  })
  const entries = (await Promise.all(Object.values(loaders).map((load) => load()))).flat()
  // Indexed normalised (Simplified), shown as written.
  index.addAll(entries.map((entry) => ({ ...entry, raw: entry.text.replace(/\s+/g, ' ').trim(), text: normalize(entry.text) })))
  return index
}

let current: Promise<MiniSearch<Entry>> | null = null
let builtFor = -1

export type SearchHit = { type: SearchType; title: string; url: string; date?: string | null; excerpt: string; titleHtml: string }

export const search = async (query: string, type?: SearchType, limit = 50): Promise<{ hits: SearchHit[]; counts: Record<SearchType, number> }> => {
  const terms = tokenize(query)
  const counts = Object.fromEntries(Object.keys(SEARCH_TYPES).map((key) => [key, 0])) as Record<SearchType, number>
  if (terms.length === 0) return { hits: [], counts }
  // Published content changed since the index was built: build it again.
  if (builtFor !== contentGeneration()) {
    builtFor = contentGeneration()
    current = build().catch((error) => {
      current = null
      builtFor = -1
      throw error
    })
  }
  const results = (await current!).search(query)
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
