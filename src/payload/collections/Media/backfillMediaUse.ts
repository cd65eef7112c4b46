import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { MEDIA_USED_FIELD } from '../../constants/media'
import { mediaFieldsSelect, mediaIdsIn } from './mediaIdsIn'
import { contentCollections, recomputePublicUse } from './mediaUse'

const PAGE = 200

/** No joined collections (the adapter takes `false`; the type cannot say so for a collection chosen at run time). */
const NO_JOINS = false as never

const sameIds = (a: unknown, b: string[]) => Array.isArray(a) && a.length === b.length && a.every((id, index) => String(id) === b[index])

/**
 * For a database that held content before files became private by default: lists the media every
 * stored document and every latest version uses, then sets every file's public flag. Without it
 * every existing file would answer 404 until its content is next saved. A migration names the
 * content collections of its point in the schema (`only`): it reads the tables as they were then,
 * without the relationships joined from collections added later.
 */
export const backfillMediaUse = async (payload: Payload, req: PayloadRequest, only?: readonly string[]): Promise<void> => {
  for (const config of contentCollections(req, only)) {
    const collection = config.slug as CollectionSlug
    // Only the fields that can hold media: the table may not have the columns later migrations add.
    const select = mediaFieldsSelect(config.fields, [MEDIA_USED_FIELD])
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.find({ collection, limit: PAGE, page, sort: 'id', joins: NO_JOINS, select, req })
      for (const doc of docs) {
        const ids = mediaIdsIn(config.fields, doc, MEDIA_USED_FIELD)
        if (!sameIds((doc as Record<string, unknown>)[MEDIA_USED_FIELD], ids)) {
          await payload.db.updateOne({ collection, id: doc.id, data: { [MEDIA_USED_FIELD]: ids }, req, returning: false })
        }
      }
      if (!hasNextPage) break
    }
    if (!config.versions) continue
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.findVersions({ collection, where: { latest: { equals: true } }, limit: PAGE, page, sort: 'id', select: { version: select }, req })
      for (const version of docs) {
        const ids = mediaIdsIn(config.fields, version.version, MEDIA_USED_FIELD)
        if (sameIds((version.version as Record<string, unknown>)[MEDIA_USED_FIELD], ids)) continue
        await payload.db.updateVersion({
          collection,
          id: version.id,
          versionData: { ...version, version: { ...(version.version as object), [MEDIA_USED_FIELD]: ids } } as never,
          req,
          returning: false,
        })
      }
      if (!hasNextPage) break
    }
  }
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.db.find({ collection: 'media', limit: PAGE, page, sort: 'id', joins: NO_JOINS, req })
    await recomputePublicUse(req, docs.map((doc) => String(doc.id)), only)
    if (!hasNextPage) break
  }
}
