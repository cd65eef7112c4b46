import type { CollectionSlug, GlobalSlug, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { MEDIA_USE_MARK, MEDIA_USED_FIELD } from '../../constants/media'
import { idOf } from '../../../shared'

/**
 * The collections whose documents' media uses decide which files are public (marked by the
 * mediaUse() plugin); `only` narrows them to those a migration knows (later ones have no tables yet).
 */
export const contentCollections = (req: PayloadRequest, only?: readonly string[]): SanitizedCollectionConfig[] =>
  Object.values(req.payload.collections)
    .map(({ config }) => config)
    .filter((config) => config.custom?.[MEDIA_USE_MARK] === true && (!only || only.includes(config.slug)))

/** The globals whose published version's media are public (mediaUse()'s `globals`). */
const contentGlobals = (req: PayloadRequest): GlobalSlug[] =>
  req.payload.config.globals.filter((config) => config.custom?.[MEDIA_USE_MARK] === true).map((config) => config.slug as GlobalSlug)

/** The media ids the published version of each such global uses (the public reads that version only). */
const publishedGlobalUses = async (req: PayloadRequest): Promise<string[]> => {
  const ids: string[] = []
  for (const slug of contentGlobals(req)) {
    ids.push(...usedIds(await req.payload.findGlobal({ slug, depth: 0, draft: false, overrideAccess: true, req })))
  }
  return ids
}

const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id) => id !== null) : []

/** The media ids a stored document lists as used. */
export const usedIds = (doc: unknown): string[] =>
  doc && typeof doc === 'object' ? idList((doc as Record<string, unknown>)[MEDIA_USED_FIELD]) : []

const using = (ids: string[], prefix = ''): Where => ({ [`${prefix}${MEDIA_USED_FIELD}`]: { in: ids } })

/**
 * What an anonymous visitor may read of a collection: its own read access asked without a user,
 * so consent, publication state and every later public rule count without being repeated here.
 */
const publicWhere = async (config: SanitizedCollectionConfig, req: PayloadRequest): Promise<Where | null> => {
  const result = await config.access.read({ req: { ...req, user: null } as PayloadRequest })
  if (result === true) return {}
  return result === false ? null : result
}

/** Of these media ids, those a document the public may read uses. */
const publiclyUsed = async (req: PayloadRequest, ids: string[], only?: readonly string[]): Promise<Set<string>> => {
  const used = new Set<string>()
  for (const config of contentCollections(req, only)) {
    const where = await publicWhere(config, req)
    if (!where) continue
    const { docs } = await req.payload.find({
      collection: config.slug as CollectionSlug,
      where: { and: [where, using(ids)] },
      draft: false,
      depth: 0,
      pagination: false,
      select: { [MEDIA_USED_FIELD]: true },
      overrideAccess: true,
      req,
    })
    for (const doc of docs) for (const id of usedIds(doc)) if (ids.includes(id)) used.add(id)
  }
  if (!only) for (const id of await publishedGlobalUses(req)) if (ids.includes(id)) used.add(id)
  return used
}

/**
 * Sets each media item's `publicUse` flag from the content as it now stands in this transaction:
 * true only while a document the public may read uses it. Written straight to the database, so
 * no media hook (replacement guard, audit) mistakes it for an edit.
 */
export const recomputePublicUse = async (req: PayloadRequest, ids: Iterable<string>, only?: readonly string[]): Promise<void> => {
  const candidates = [...new Set(ids)]
  if (!candidates.length) return
  const used = await publiclyUsed(req, candidates, only)
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: candidates } },
    depth: 0,
    pagination: false,
    select: { publicUse: true },
    overrideAccess: true,
    req,
  })
  for (const doc of docs) {
    const publicUse = used.has(String(doc.id))
    if (doc.publicUse === publicUse) continue
    await req.payload.db.updateOne({ collection: 'media', id: doc.id, data: { publicUse }, req, returning: false })
  }
}

/** Whether any content uses the media item in any state: a stored document or the latest version (draft, under review, scheduled). */
export const usedByAnyContent = async (req: PayloadRequest, id: string): Promise<boolean> => {
  for (const config of contentCollections(req)) {
    const collection = config.slug as CollectionSlug
    const stored = await req.payload.count({ collection, where: using([id]), overrideAccess: true, req })
    if (stored.totalDocs) return true
    if (!config.versions) continue
    const latest = await req.payload.countVersions({
      collection,
      where: { and: [{ latest: { equals: true } }, using([id], 'version.')] },
      overrideAccess: true,
      req,
    })
    if (latest.totalDocs) return true
  }
  for (const slug of contentGlobals(req)) {
    const latest = await req.payload.findGlobalVersions({ slug, where: { and: [{ latest: { equals: true } }, using([id], 'version.')] }, limit: 1, depth: 0, overrideAccess: true, req })
    if (latest.totalDocs) return true
  }
  return (await publishedGlobalUses(req)).includes(id)
}

/** Whether published content uses the media item (public or not: an unconsented profile is still published). */
export const usedByPublishedContent = async (req: PayloadRequest, id: string): Promise<boolean> => {
  for (const config of contentCollections(req)) {
    const where: Where = config.versions?.drafts ? { and: [{ _status: { equals: 'published' } }, using([id])] } : using([id])
    const { totalDocs } = await req.payload.count({ collection: config.slug as CollectionSlug, where, overrideAccess: true, req })
    if (totalDocs) return true
  }
  return (await publishedGlobalUses(req)).includes(id)
}
