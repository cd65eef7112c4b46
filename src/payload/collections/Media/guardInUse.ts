import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, ValidationError } from 'payload'

import { MEDIA_ERRORS } from '../../constants/media'
import { usedByAnyContent, usedByPublishedContent } from './mediaUse'

/**
 * A file content uses changes only through that content's review: replacing it (or its alt text
 * or caption) in place would change a published page, or one already reviewed, unseen. The
 * editor uploads a new file and swaps it in the content, which then goes through the chain.
 */
export const refuseChangingUsedMedia: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  if (await usedByAnyContent(req, String(originalDoc.id))) {
    const path = req.file ? 'file' : 'alt'
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message: MEDIA_ERRORS.inUse }] }, req.t)
  }
  return data
}

/** Deleting a file published content shows would break the public page without review. */
export const refuseDeletingPublishedMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (await usedByPublishedContent(req, String(id))) throw new APIError(MEDIA_ERRORS.publishedUse, 409, null, true)
}
