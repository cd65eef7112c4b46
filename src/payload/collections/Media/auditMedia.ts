import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { writeAudit } from '../../workflow'

const title = (doc: { filename?: string | null; alt?: string | null }) => doc.alt || doc.filename || undefined

/** Every upload, change and deletion of a media item goes into the audit log, with who did it. */
export const auditMediaChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  await writeAudit(req, {
    action: operation === 'create' ? 'mediaUpload' : 'mediaEdit',
    targetCollection: collection.slug,
    documentId: String(doc.id),
    documentTitle: title(doc),
  })
  return doc
}

export const auditMediaDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await writeAudit(req, { action: 'delete', targetCollection: collection.slug, documentId: String(doc.id), documentTitle: title(doc) })
  return doc
}
