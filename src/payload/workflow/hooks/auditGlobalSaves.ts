import type { GlobalAfterChangeHook } from 'payload'

import type { WorkflowState } from '../../constants/workflow'
import { writeAudit } from '../audit'
import { globalTransitionFor } from '../context'
import { globalLabel } from '../performGlobalTransition'

/**
 * Transitions audit themselves; this records every other save of a reviewed site-wide setting:
 * a person's draft, and a system write (no user), which publishes directly.
 */
export const auditGlobalSaves: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  if (req.context.seeding || globalTransitionFor(req.context, global.slug)) return doc
  const system = !req.user
  await writeAudit(req, {
    action: system && doc._status === 'published' ? 'publish' : 'save',
    actor: system ? null : undefined,
    targetCollection: global.slug,
    documentId: global.slug,
    documentTitle: globalLabel(req.payload, global.slug),
    fromState: previousDoc?.workflowState as WorkflowState | undefined,
    toState: doc.workflowState as WorkflowState | undefined,
    reason: system ? '系统写入' : '保存为草稿,待提交审核',
  })
  return doc
}
