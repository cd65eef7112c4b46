import type { CollectionConfig } from 'payload'

import { withStationScope } from './access'
import { isWorkflowCollection } from './chains'
import { workflowEndpoints } from './endpoint'
import { workflowFields } from './fields'
import { applyWorkflow } from './hooks/applyWorkflow'
import { auditDeletes, auditPlainChanges } from './hooks/auditChanges'
import { guardPublication } from './hooks/guardPublication'

/**
 * Puts a collection through its review chain (chains.ts) on Payload's own drafts, access and
 * hooks. Collections without a chain are returned unchanged.
 */
export const withWorkflow = (collection: CollectionConfig): CollectionConfig => {
  const { slug } = collection
  if (!isWorkflowCollection(slug)) return collection
  const versions = typeof collection.versions === 'object' ? collection.versions : {}
  const drafts = typeof versions.drafts === 'object' ? versions.drafts : {}
  return {
    ...collection,
    access: withStationScope(slug, collection.access),
    // Payload's own scheduler would publish without review; scheduling runs through the workflow.
    versions: { ...versions, drafts: { ...drafts, schedulePublish: false } },
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: '/src/payload/admin/ReviewOnlyNotice#ReviewOnlyNotice',
          UnpublishButton: '/src/payload/admin/ReviewOnlyNotice#NoUnpublishButton',
        },
      },
    },
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints(slug)],
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardPublication, ...(collection.hooks?.beforeOperation ?? [])],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), applyWorkflow],
      afterChange: [...(collection.hooks?.afterChange ?? []), auditPlainChanges],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), auditDeletes],
    },
    fields: [...collection.fields, ...workflowFields()],
  }
}
