import type { CollectionConfig } from 'payload'

/** Drafts, versions and scheduled publishing for every collection the public reads. */
export const publishedVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 100,
}
