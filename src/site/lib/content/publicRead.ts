/**
 * Every read the public site makes goes through here: Payload's Local API with access
 * control on and no user, so the public's rules apply (no drafts, no unconsented profiles,
 * no enquiries), whatever a page asks for.
 */
import type { CollectionSlug, Payload, TypedCollectionSelect, Where } from 'payload'

import { idOf, normalizeOldPath, oldPathProblem, publicPath } from '../../../shared'
import { payload } from '../payload'

export const asPublic = { overrideAccess: false, draft: false } as const

/** `joins` typed loosely: the generated per-collection type does not resolve for a collection chosen by a type parameter. */
type FindArgs = Omit<Parameters<Payload['find']>[0], 'overrideAccess' | 'draft' | 'user' | 'joins'> & {
  joins?: false | Record<string, false | { limit?: number; sort?: string }>
}

export const findPublic = async <C extends CollectionSlug>(args: FindArgs & { collection: C }) =>
  (await payload()).find<C, TypedCollectionSelect[C]>({ ...args, ...asPublic } as never)

export const findOnePublic = async <C extends CollectionSlug>(collection: C, where: Where, depth = 1) =>
  (await findPublic({ collection, where, limit: 1, depth, pagination: false })).docs[0] ?? null

/** The published item at a slug, read in the shape a page needs (what it selects, populates and joins). */
export const findBySlugPublic = async <C extends CollectionSlug>(
  collection: C,
  slug: string,
  shape: Pick<FindArgs, 'select' | 'populate' | 'joins'> = {},
) => (await findPublic({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 1, pagination: false, ...shape })).docs[0] ?? null

export const PAGE_SIZE = 20

/**
 * Where an old address (旧网址跳转) sends a reader: the public path of the published document it
 * names, or null. The list of old addresses is staff-only, so this one read is made with access
 * control off, for the one entry the reader's path names; what it reveals is the path of a
 * document the public may read anyway.
 */
export const oldAddressTarget = async (url: URL): Promise<string | null> => {
  const from = normalizeOldPath(`${url.pathname}${url.search}`)
  if (!from || oldPathProblem(from)) return null
  const entry = (
    await (await payload()).find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
  ).docs[0]
  const reference = entry?.to
  const id = idOf(reference?.value)
  if (!reference || !id) return null
  const target = await findOnePublic(reference.relationTo, { id: { equals: id } }, 0)
  return target ? publicPath(reference.relationTo, target as { slug?: string | null; category?: string | null }) : null
}
