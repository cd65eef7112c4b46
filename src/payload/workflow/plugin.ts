import type { Config, Plugin } from 'payload'

import { AuditLog } from './AuditLog'
import { GLOBAL_WORKFLOW_CHAINS, WORKFLOW_CHAINS } from './chains'
import { workflowScheduledPublish } from './scheduledPublish'
import { withAuditedUsers } from './withAuditedUsers'
import { withGlobalWorkflow } from './withGlobalWorkflow'
import { withWorkflow } from './withWorkflow'

const requirePresent = (kind: string, wanted: string[], present: { slug: string }[]) => {
  const missing = wanted.filter((slug) => !present.some((entry) => entry.slug === slug))
  if (missing.length) throw new Error(`workflow(): chains.ts names ${kind} ${missing.map((slug) => `'${slug}'`).join(', ')} missing from the config`)
}

/**
 * The review workflow (审核发布) as a Payload plugin. The collections and globals with a review
 * chain in chains.ts get drafts-based review: station-scoped access, the review panel instead of
 * Publish, the workflow fields, guard/apply/audit hooks and endpoints (withWorkflow.ts,
 * withGlobalWorkflow.ts); the accounts' logins and role changes are audited (withAuditedUsers.ts);
 * every step lands in its append-only audit log (AuditLog.ts); the dashboard shows the review queue; scheduled publication is its background task. It adds
 * and composes; a setting it would have to override makes it throw at config time.
 */
export const workflow =
  (): Plugin =>
  (config: Config): Config => {
    requirePresent('collection', Object.keys(WORKFLOW_CHAINS), config.collections ?? [])
    requirePresent('global', Object.keys(GLOBAL_WORKFLOW_CHAINS), config.globals ?? [])
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          collection.slug === 'users' ? withAuditedUsers(collection) : withWorkflow(collection),
        ),
        AuditLog,
      ],
      globals: (config.globals ?? []).map(withGlobalWorkflow),
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/src/payload/workflow/admin/WorkflowDashboard#WorkflowDashboard'],
        },
      },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), workflowScheduledPublish] },
    }
  }
