import type { CollectionBeforeChangeHook } from 'payload'

import { formatIndexNumber, indexNumberPrefix, nextIndexSequence } from '../../rules/indexNumber'

/** Gives a policy its 索引号 the first time it is published; an existing one is never replaced. */
export const assignIndexNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const existing = originalDoc?.indexNumber
  if (existing) return { ...data, indexNumber: existing }
  if (data._status !== 'published') return data

  const settings = await req.payload.findGlobal({ slug: 'siteSettings', req, depth: 0 })
  const year = new Date(data.publishedAt ?? Date.now()).getFullYear()
  const prefix = indexNumberPrefix(settings.organizationCode || 'BUREAU', year)
  const taken = await req.payload.find({
    collection: 'policies',
    where: { indexNumber: { like: prefix } },
    select: { indexNumber: true },
    pagination: false,
    depth: 0,
    req,
  })
  const sequence = nextIndexSequence(
    taken.docs.map((doc) => doc.indexNumber ?? ''),
    prefix,
  )
  return { ...data, indexNumber: formatIndexNumber(settings.organizationCode || 'BUREAU', year, sequence) }
}
