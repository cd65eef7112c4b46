import type { Where } from 'payload'

import { findPublic } from '../content/publicRead'
import { backgroundPacer } from '../rendering'
import { addEntry, createEngine, removeEntry, type Engine } from './engine'
import { type Listed, SEARCH_SOURCES, type SearchType, type Source } from './sources'

/**
 * Documents fetched per read. On SQLite a read holds the process while it runs (the driver is
 * synchronous), so it is kept small: 50 news items take about 20 ms, 10 take nearly as long.
 */
const BATCH = 50

/**
 * The sync's slices (lib/rendering.ts): it holds the process about 4 ms at a time, then lets
 * waiting requests in, and waits on while a request is being rendered, so a search runs through
 * without a slice cutting in at each of its awaits (it waited for several before: p95 186–228 ms
 * during a sync of 10,000 items), for 250 ms at most, so steady traffic slows the sync but never
 * stops it.
 */
const SLICES = { sliceMs: 4, yieldToRendersMs: 250 }

/**
 * While the index is empty (the process just started) results are missing, which is
 * worse for a reader than a slower search: the first build waits for renders 20 ms at most, so
 * steady traffic cannot hold it back for minutes (it did, 250 ms per 4 ms slice, under the e2e
 * suite's load).
 */
const FIRST_BUILD_SLICES = { sliceMs: 4, yieldToRendersMs: 20 }

export type SearchIndex = {
  engine: Engine
  /** The `updatedAt` each indexed entry had, by entry id: what tells a changed document. */
  versions: Map<string, string>
  /** The last sync ran to the end: only documents saved since need reading. After a failure, every version is compared. */
  complete: boolean
}

export const emptyIndex = (): SearchIndex => ({ engine: createEngine(), versions: new Map(), complete: false })

type Pace = ReturnType<typeof backgroundPacer>

/** A write committed late by another process may carry a slightly older `updatedAt` (a lock wait is up to 5 s): look back this far. */
const LOOK_BACK_MS = 10_000

type Doc = Listed & Record<string, unknown>
type Reader = { versions: (since?: string) => Promise<Listed[]>; count: () => Promise<number>; byIds: (ids: string[]) => Promise<Doc[]> }

/**
 * Ids and versions are listed this many at a time. Through Payload a list of 10,000 news items
 * held the process for 280–380 ms, a page of 1,000 for 75–95 ms, a read of 50 whole items about
 * 20 ms (mostly the cost of any read).
 */
const LIST_PAGE = 200

/**
 * A collection the public reads, read with the public's access; or the source's own narrow reads.
 * A document saved while the list is paged may be missed: its save sends a purge, and the next sync reads it.
 */
const readerOf = (source: Source, pace: Pace): Reader => {
  if ('read' in source) return { ...source.read, count: async () => (await source.read.versions()).length } as Reader
  const { collection, select } = source
  return {
    versions: async (since) => {
      const listed: Listed[] = []
      const where: Where = since ? { updatedAt: { greater_than_equal: since } } : {}
      for (let page = 1; ; page += 1) {
        const result = await findPublic({ collection, where, sort: 'id', limit: LIST_PAGE, page, depth: 0, select: { updatedAt: true } as never })
        listed.push(...(result.docs as Listed[]))
        await pace()
        if (!result.hasNextPage) return listed
      }
    },
    count: async () => (await findPublic({ collection, limit: 1, depth: 0, select: { updatedAt: true } as never })).totalDocs,
    byIds: async (ids) =>
      (await findPublic({ collection, where: { id: { in: ids } }, pagination: false, depth: 0, select: { ...select, updatedAt: true } as never })).docs as unknown as Doc[],
  }
}
const versionOf = (doc: Listed) => String(doc.updatedAt ?? '')

/** Indexes these documents (new or changed), `BATCH` read at a time, replacing what was indexed for them. */
const indexDocuments = async (state: SearchIndex, source: Source, reader: Reader, ids: string[], pace: Pace) => {
  for (let start = 0; start < ids.length; start += BATCH) {
    const docs = await reader.byIds(ids.slice(start, start + BATCH))
    await pace()
    for (const doc of docs) {
      const entry = source.toEntry(doc as never)
      addEntry(state.engine, entry)
      state.versions.set(entry.id, versionOf(doc as Listed))
      await pace()
    }
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
const syncType = async (state: SearchIndex, type: SearchType, source: Source, sinceLast: boolean, pace: Pace) => {
  const prefix = `${type}:`
  const known = [...state.versions].filter(([id]) => id.startsWith(prefix))
  const latest = known.reduce((max, [, version]) => (version > max ? version : max), '')
  const since = latest && sinceLast ? new Date(Date.parse(latest) - LOOK_BACK_MS).toISOString() : ''
  const reader = readerOf(source, pace)
  const recent = await reader.versions(since || undefined)
  const changed = recent.filter((doc) => state.versions.get(`${prefix}${doc.id}`) !== versionOf(doc))
  await pace()
  await indexDocuments(state, source, reader, changed.map((doc) => String(doc.id)), pace)

  const indexed = [...state.versions.keys()].filter((id) => id.startsWith(prefix))
  if (indexed.length === (await reader.count())) return
  const listed = await reader.versions()
  await pace()
  const public_ = new Set(listed.map((doc) => `${prefix}${doc.id}`))
  for (const id of indexed) {
    if (public_.has(id)) continue
    removeEntry(state.engine, id)
    state.versions.delete(id)
    await pace()
  }
  const missing = [...public_].filter((id) => !state.versions.has(id)).map((id) => id.slice(prefix.length))
  await indexDocuments(state, source, reader, missing, pace)
}

/**
 * Brings the index in line with what is public now, in place. The first call indexes everything;
 * after a publish it reads the few documents saved since. The work is cut into slices of
 * about 4 ms between which the process answers other requests, searches of this same index
 * included: each entry is added or removed whole, so a search between slices sees every entry
 * either as it was or as it is now.
 */
export const syncIndex = async (state: SearchIndex): Promise<SearchIndex> => {
  const sinceLast = state.complete
  const pace = backgroundPacer(state.versions.size === 0 ? FIRST_BUILD_SLICES : SLICES)
  // A failure from here on leaves it false: the next sync compares every version.
  state.complete = false
  for (const [type, source] of Object.entries(SEARCH_SOURCES) as [SearchType, Source][]) await syncType(state, type, source, sinceLast, pace)
  state.complete = true
  return state
}
