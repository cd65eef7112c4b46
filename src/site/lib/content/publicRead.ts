/**
 * Every read the public site makes goes through here: Payload's Local API with access
 * control on and no user, so the public's rules apply (no drafts, no unconsented profiles,
 * no enquiries), whatever a page asks for.
 */
import type { CollectionSlug, Payload, TypedCollectionSelect, Where } from 'payload'

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
