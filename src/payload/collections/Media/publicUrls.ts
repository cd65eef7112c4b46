import type { CollectionAfterReadHook } from 'payload'

import { mediaUrl } from '../../rules/mediaUrl'

type Sized = { filename?: string | null; url?: string | null }

/** Points the original and every resized file at the shared /media/ address. */
export const publicUrls: CollectionAfterReadHook = ({ doc }) => {
  if (doc.filename) doc.url = mediaUrl(doc.filename)
  for (const size of Object.values((doc.sizes ?? {}) as Record<string, Sized>)) {
    if (size?.filename) size.url = mediaUrl(size.filename)
  }
  return doc
}
