import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Field,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  GlobalConfig,
} from 'payload'

import { recomputePublicUse, usedIds } from '../collections/Media/mediaUse'
import { mediaIdsIn } from '../collections/Media/mediaIdsIn'
import { MEDIA_USE_MARK, MEDIA_USED_FIELD } from '../constants/media'
import { addHooks } from '../hooks/addHooks'

/** Written only by the hook below; read by the public-file rule and the replacement guard. */
const mediaUsedField: Field = {
  name: MEDIA_USED_FIELD,
  type: 'relationship',
  relationTo: 'media',
  hasMany: true,
  index: true,
  maxDepth: 0,
  label: '使用的图片与附件',
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
}

const mainRowKey = (slug: string, id: unknown) => `mediaUse:${slug}:${String(id)}` as const

/**
 * Lists the media the document uses, and remembers those of the stored (published) row before
 * the change: with drafts, saving a draft leaves that row as it was and `previousDoc` is the
 * latest draft, so the published version's files would otherwise never be looked at again.
 */
const listMediaUsed: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  data[MEDIA_USED_FIELD] = mediaIdsIn(collection.fields, data, MEDIA_USED_FIELD)
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const stored = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })
    req.context[mainRowKey(collection.slug, originalDoc.id)] = usedIds(stored)
  }
  return data
}

const recomputeAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const key = mainRowKey(collection.slug, doc.id)
  const storedBefore = req.context[key] ?? []
  delete req.context[key]
  await recomputePublicUse(req, [...storedBefore, ...usedIds(previousDoc), ...usedIds(doc)])
  return doc
}

const recomputeAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recomputePublicUse(req, usedIds(doc))
  return doc
}

/**
 * For every collection the public site shows: a media file is public only while a document the
 * public may read uses it. Each create, edit, publish, unpublish, withdrawal, scheduled publish,
 * consent change or deletion recomputes the flag of every file the change may have touched.
 */
export const withMediaUse = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  custom: { ...collection.custom, [MEDIA_USE_MARK]: true },
  fields: [...collection.fields, mediaUsedField],
  hooks: addHooks(collection.hooks, {
    beforeChange: [listMediaUsed],
    afterChange: [recomputeAfterChange],
    afterDelete: [recomputeAfterDelete],
  }),
})

const globalKey = (slug: string) => `mediaUse:global:${slug}` as const

/** As listMediaUsed, for a global: its published (stored) row's files are remembered before the change. */
const listGlobalMediaUsed: GlobalBeforeChangeHook = async ({ data, global, req }) => {
  data[MEDIA_USED_FIELD] = mediaIdsIn(global.fields, data, MEDIA_USED_FIELD)
  const stored = await req.payload.findGlobal({ slug: global.slug as never, depth: 0, draft: false, overrideAccess: true, req })
  req.context[globalKey(global.slug)] = usedIds(stored)
  return data
}

const recomputeAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  const storedBefore = (req.context[globalKey(global.slug)] as string[] | undefined) ?? []
  delete req.context[globalKey(global.slug)]
  await recomputePublicUse(req, [...storedBefore, ...usedIds(previousDoc), ...usedIds(doc)])
  return doc
}

/**
 * For a global the public site shows (网站设置's 党政机关 mark, 政务新媒体's QR codes): a file it
 * uses is public while its published version uses it, as for the content collections.
 */
export const withMediaUseGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  custom: { ...global.custom, [MEDIA_USE_MARK]: true },
  fields: [...global.fields, mediaUsedField],
  hooks: addHooks(global.hooks, { beforeChange: [listGlobalMediaUsed], afterChange: [recomputeAfterGlobalChange] }),
})
