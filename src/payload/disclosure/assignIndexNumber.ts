import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { beijingDate } from '../../shared'
import { formatIndexNumber, indexNumberPrefix, nextIndexSequence } from './indexNumber'

/**
 * Gives an item of the 政府信息公开目录 its 索引号 the first time it is published with a category;
 * an existing one is never replaced. The sequence of a year runs across every collection of the
 * 目录, so two items never share a number.
 */
export const assignIndexNumber =
  (collections: readonly CollectionSlug[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const existing = originalDoc?.indexNumber
    if (existing) return { ...data, indexNumber: existing }
    if (data._status !== 'published' || !(data.disclosureCategory ?? originalDoc?.disclosureCategory)) return data

    const settings = await req.payload.findGlobal({ slug: 'siteSettings', req, depth: 0 })
    const code = settings.organizationCode || 'BUREAU'
    const year = Number(beijingDate(new Date(data.publishedAt ?? Date.now())).slice(0, 4))
    const prefix = indexNumberPrefix(code, year)
    const taken = await Promise.all(
      collections.map(async (collection) =>
        (
          await req.payload.find({ collection, where: { indexNumber: { like: prefix } }, select: { indexNumber: true } as never, pagination: false, depth: 0, req })
        ).docs.map((doc) => String((doc as { indexNumber?: string | null }).indexNumber ?? '')),
      ),
    )
    return { ...data, indexNumber: formatIndexNumber(code, year, nextIndexSequence(taken.flat(), prefix)) }
  }
