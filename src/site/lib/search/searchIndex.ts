import { findPublic } from '../content/publicRead'
import { addEntry, createEngine, removeEntry, type Engine } from './engine'
import { type Listed, SEARCH_SOURCES, type SearchType, type Source } from './sources'

/** Documents fetched (and indexed) per step; between steps the process serves other requests. */
const BATCH = 250

export type SearchIndex = {
  engine: Engine
  /** The `updatedAt` each indexed entry had, by entry id: what tells a changed document. */
  versions: Map<string, string>
}

export const emptyIndex = (): SearchIndex => ({ engine: createEngine(), versions: new Map() })

const nextTick = () => new Promise((resolve) => setImmediate(resolve))

/** A write committed late by another process may carry a slightly older `updatedAt` (a lock wait is up to 5 s): look back this far. */
const LOOK_BACK_MS = 10_000

type Doc = Listed & Record<string, unknown>
type Reader = { versions: (since?: string) => Promise<Listed[]>; count: () => Promise<number>; byIds: (ids: string[]) => Promise<Doc[]> }

/** A collection the public reads, read with the public's access; or the source's own narrow reads. */
const readerOf = (source: Source): Reader => {
  if ('read' in source) return { ...source.read, count: async () => (await source.read.versions()).length } as Reader
  const { collection, select } = source
  return {
    versions: async (since) =>
      (await findPublic({ collection, where: since ? { updatedAt: { greater_than_equal: since } } : {}, pagination: false, depth: 0, select: { updatedAt: true } as never })).docs as Listed[],
    count: async () => (await findPublic({ collection, limit: 1, depth: 0, select: { updatedAt: true } as never })).totalDocs,
    byIds: async (ids) =>
      (await findPublic({ collection, where: { id: { in: ids } }, pagination: false, depth: 0, select: { ...select, updatedAt: true } as never })).docs as unknown as Doc[],
  }
}
const versionOf = (doc: Listed) => String(doc.updatedAt ?? '')

/** Indexes these documents (new or changed), `BATCH` at a time, replacing what was indexed for them. */
const indexDocuments = async (state: SearchIndex, source: Source, reader: Reader, ids: string[]) => {
  for (let start = 0; start < ids.length; start += BATCH) {
    const docs = await reader.byIds(ids.slice(start, start + BATCH))
    for (const doc of docs) {
      const entry = source.toEntry(doc as never)
      addEntry(state.engine, entry)
      state.versions.set(entry.id, versionOf(doc as Listed))
    }
    await nextTick()
  }
}

/**
 * Brings one type's entries in line with what is public now, reading as little as it can:
 * documents saved since the last update (a publish, an edit) are fetched and re-indexed; only
 * when the number of public documents then differs from the number indexed (something was
 * unpublished, withdrawn or deleted) are all ids listed to find the ones to drop.
 * The first call indexes everything. A document becoming public is a save, so it always has a
 * newer `updatedAt`.
 */
const syncType = async (state: SearchIndex, type: SearchType, source: Source) => {
  const prefix = `${type}:`
  const known = [...state.versions].filter(([id]) => id.startsWith(prefix))
  const latest = known.reduce((max, [, version]) => (version > max ? version : max), '')
  const since = latest ? new Date(Date.parse(latest) - LOOK_BACK_MS).toISOString() : ''
  const reader = readerOf(source)
  const recent = await reader.versions(since || undefined)
  const changed = recent.filter((doc) => state.versions.get(`${prefix}${doc.id}`) !== versionOf(doc))
  await indexDocuments(state, source, reader, changed.map((doc) => String(doc.id)))

  const indexed = [...state.versions.keys()].filter((id) => id.startsWith(prefix))
  if (indexed.length === (await reader.count())) return
  const listed = await reader.versions()
  const public_ = new Set(listed.map((doc) => `${prefix}${doc.id}`))
  for (const id of indexed) {
    if (public_.has(id)) continue
    removeEntry(state.engine, id)
    state.versions.delete(id)
  }
  const missing = [...public_].filter((id) => !state.versions.has(id)).map((id) => id.slice(prefix.length))
  await indexDocuments(state, source, reader, missing)
}

/**
 * Brings the index in line with what is public now. The first call indexes everything; after
 * a publish it reads the few documents saved since. Work is done in batches, so that a large
 * first build does not hold up the other pages this process renders.
 */
export const syncIndex = async (state: SearchIndex): Promise<SearchIndex> => {
  for (const [type, source] of Object.entries(SEARCH_SOURCES) as [SearchType, Source][]) await syncType(state, type, source)
  return state
}
