import type { CollectionConfig } from 'payload'

import { withReviewerLock, withStationScope } from './access'
import { isWorkflowCollection } from './chains'
import { workflowEndpoints } from './endpoint'
import { workflowFields } from './fields'
import { applyWorkflow } from './hooks/applyWorkflow'
import { auditDeletes, auditPlainChanges } from './hooks/auditChanges'
import { guardPublication } from './hooks/guardPublication'
import { addHooks } from '../hooks/addHooks'

/** The workflow builds on what the collection states and refuses a setting it would have to override. */
const refuse = (slug: string, problem: string): never => {
  throw new Error(`workflow(): collection '${slug}' ${problem}`)
}

/**
 * Puts a collection through its review chain (chains.ts) on Payload's own drafts, access and
 * hooks. Collections without a chain are returned unchanged. The collection must have drafts
 * and must not turn on Payload's own scheduled publishing, which would publish without review:
 * scheduling runs through the workflow (scheduledPublish.ts), so the workflow states it off.
 */
export const withWorkflow = (collection: CollectionConfig): CollectionConfig => {
  const { slug } = collection
  if (!isWorkflowCollection(slug)) return collection
  const versions = typeof collection.versions === 'object' ? collection.versions : refuse(slug, 'has no versions; a reviewed collection needs `versions: { drafts: {} }`')
  const drafts = typeof versions.drafts === 'object' ? versions.drafts : refuse(slug, 'has no drafts object; a reviewed collection needs `versions: { drafts: {} }`')
  if (drafts.schedulePublish) {
    refuse(slug, "turns on Payload's schedulePublish, which would publish without review; scheduling runs through the workflow: remove it")
  }
  const edit = collection.admin?.components?.edit
  if (edit?.PublishButton || edit?.UnpublishButton) refuse(slug, 'sets its own Publish/Unpublish button; the workflow replaces them with its review panel')
  return {
    ...collection,
    access: withReviewerLock(slug, withStationScope(slug, collection.access)),
    versions: { ...versions, drafts: { ...drafts, schedulePublish: false } },
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: '/src/payload/workflow/admin/ReviewOnlyNotice#ReviewOnlyNotice',
          UnpublishButton: '/src/payload/workflow/admin/ReviewOnlyNotice#NoUnpublishButton',
          // The header shows the review state, not Payload's 草稿/已发布.
          Status: '/src/payload/workflow/admin/WorkflowStatus#WorkflowStatus',
        },
      },
    },
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints(slug)],
    hooks: addHooks(
      collection.hooks,
      { beforeChange: [applyWorkflow], afterChange: [auditPlainChanges], afterDelete: [auditDeletes] },
      { beforeOperation: [guardPublication] },
    ),
    fields: [...collection.fields, ...workflowFields()],
  }
}
