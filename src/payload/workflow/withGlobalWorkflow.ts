import type { Access, GlobalConfig, Where } from 'payload'

import { isWorkflowGlobal } from './chains'
import { globalWorkflowEndpoints } from './endpoint'
import { reviewFields } from './fields'
import { applyGlobalWorkflow } from './hooks/applyGlobalWorkflow'
import { auditGlobalSaves } from './hooks/auditGlobalSaves'
import { guardGlobalPublication } from './hooks/guardGlobalPublication'
import { addHooks } from '../hooks/addHooks'

/**
 * The public reads the published version only, also over REST (`?draft=true`). Settings saved
 * before drafts existed have no `_status` on MongoDB and still count as published.
 */
const publishedOrStaff: Access = ({ req: { user } }) =>
  user ? true : ({ or: [{ _status: { equals: 'published' } }, { _status: { exists: false } }] } satisfies Where)

/**
 * Puts a site-wide setting the public sees through its review chain (chains.ts) on Payload's own
 * drafts: a person's save is a draft, the site keeps the published version, the review panel
 * replaces Publish, every save and step is audited. Globals without a chain are returned unchanged.
 */
export const withGlobalWorkflow = (global: GlobalConfig): GlobalConfig => {
  const { slug } = global
  if (!isWorkflowGlobal(slug)) return global
  // The workflow sets these; a global that states its own would be silently overridden.
  if (global.versions !== undefined) throw new Error(`workflow(): global '${slug}' states its own versions; the workflow gives it drafts`)
  if (global.access?.read) throw new Error(`workflow(): global '${slug}' states its own read access; the workflow shows the public the published version only`)
  const elements = global.admin?.components?.elements
  if (elements?.PublishButton || elements?.UnpublishButton) {
    throw new Error(`workflow(): global '${slug}' sets its own Publish/Unpublish button; the workflow replaces them with its review panel`)
  }
  return {
    ...global,
    access: { ...global.access, read: publishedOrStaff },
    // Drafts are validated too: a person only ever saves drafts, and the link rules must hold for them.
    versions: { max: 100, drafts: { validate: true } },
    admin: {
      ...global.admin,
      components: {
        ...global.admin?.components,
        elements: {
          ...global.admin?.components?.elements,
          PublishButton: '/src/payload/workflow/admin/ReviewOnlyNotice#ReviewOnlyNotice',
          UnpublishButton: '/src/payload/workflow/admin/ReviewOnlyNotice#NoUnpublishButton',
          // The header shows the review state, not Payload's 草稿/已发布.
          Status: '/src/payload/workflow/admin/WorkflowStatus#WorkflowStatus',
        },
      },
    },
    endpoints: [...(global.endpoints || []), ...globalWorkflowEndpoints(slug)],
    hooks: addHooks(
      global.hooks,
      { beforeChange: [applyGlobalWorkflow], afterChange: [auditGlobalSaves] },
      { beforeOperation: [guardGlobalPublication] },
    ),
    fields: [...global.fields, ...reviewFields()],
  }
}
