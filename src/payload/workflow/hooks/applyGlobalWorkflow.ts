import type { GlobalBeforeChangeHook } from 'payload'

import { globalChainFor, type WorkflowGlobal } from '../chains'
import { globalTransitionFor, patchOfDecidedRevision } from '../context'
import { editPatch } from '../editPatch'
import { toSnapshot, type WorkflowDoc } from '../snapshot'

/**
 * The review record of a site-wide setting, kept true on every write as for documents: seeded and
 * system writes follow `_status`, a checked transition applies its patch, and a person's save
 * records every editor of the revision and sends anything under review back to the first stage.
 */
export const applyGlobalWorkflow: GlobalBeforeChangeHook = ({ data, global, originalDoc, req }) => {
  const transition = globalTransitionFor(req.context, global.slug)
  if (transition) return Object.assign(data, patchOfDecidedRevision(transition, originalDoc))
  if (req.context.seeding || !req.user) {
    if (data._status === 'published') Object.assign(data, { workflowState: 'published', reviewStage: null, approvals: [] })
    return data
  }
  const chain = globalChainFor(global.slug as WorkflowGlobal)
  return Object.assign(data, editPatch(chain, toSnapshot(originalDoc as WorkflowDoc), String(req.user.id)))
}
