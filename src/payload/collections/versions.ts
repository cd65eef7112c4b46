import type { CollectionConfig } from 'payload'

/**
 * Drafts and versions for every collection the public reads. No `schedulePublish`: Payload's own
 * scheduler would publish without review; scheduled publication belongs to workflow(), which
 * refuses a reviewed collection that turns it on.
 */
export const publishedVersions: CollectionConfig['versions'] = {
  drafts: {},
  maxPerDoc: 100,
}
