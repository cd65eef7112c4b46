import { APIError, type CollectionBeforeDeleteHook, type CollectionBeforeOperationHook, ValidationError, type Where } from 'payload'

import { MEDIA_ERRORS } from '../../constants/media'
import { usedByAnyContent, usedByPublishedContent } from './mediaUse'

/**
 * A file content uses changes only through that content's review: replacing it (or its alt text
 * or caption) in place would change a published page, or one already reviewed, unseen. The
 * editor uploads a new file and swaps it in the content, which then goes through the chain.
 * Checked before the operation starts: Payload deletes the old files of a replacement before
 * any change hook runs, so a refusal there would come too late for the files.
 */
export const refuseChangingUsedMedia: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  // Access, checked after this hook, refuses an anonymous request without telling what is in use.
  if (operation !== 'update' || (!req.user && !overrideAccess)) return args
  const { id, where } = args as { id?: string | number; where?: Where }
  const ids =
    id !== undefined
      ? [String(id)]
      : (await req.payload.find({ collection: 'media', where: where ?? {}, depth: 0, pagination: false, select: {}, overrideAccess: true, req })).docs.map((doc) =>
          String(doc.id),
        )
  for (const each of ids) {
    if (await usedByAnyContent(req, each)) {
      const path = req.file ? 'file' : 'alt'
      throw new ValidationError({ collection: collection.slug, errors: [{ path, message: MEDIA_ERRORS.inUse }] }, req.t)
    }
  }
  return args
}

/** Deleting a file published content shows would break the public page without review. */
export const refuseDeletingPublishedMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (await usedByPublishedContent(req, String(id))) throw new APIError(MEDIA_ERRORS.publishedUse, 409, null, true)
}
