import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { chainFor, type WorkflowCollection } from '../chains'
import { patchOfDecidedRevision, transitionFor } from '../context'
import { editPatch } from '../editPatch'
import { editRefusal } from '../rules'
import { WorkflowError } from '../WorkflowError'
import { idOf } from '../../../shared'
import { toSnapshot, type WorkflowDoc } from '../snapshot'
import { stationScope } from '../stationScope'

/**
 * Keeps the workflow record true on every write: seeded and system writes follow `_status`; a
 * checked transition applies its patch; a person's plain edit records who edited (the last editor
 * and every editor of the revision) and, when the item was under review or approved, sends it
 * back to the first stage.
 */
export const applyWorkflow: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  const slug = collection.slug as WorkflowCollection
  const transition = originalDoc && transitionFor(req.context, slug, originalDoc.id)
  if (transition) return Object.assign(data, patchOfDecidedRevision(transition, originalDoc))
  if (req.context.seeding || !req.user) {
    if (data._status === 'published') Object.assign(data, { workflowState: 'published', reviewStage: null })
    else if (operation === 'create') data.workflowState = 'draft'
    return data
  }

  const station = stationScope(req.user)
  if (station && slug === 'news') {
    const tagged = ((data.stations ?? originalDoc?.stations ?? []) as unknown[]).map(idOf)
    if (!tagged.includes(station)) {
      throw new ValidationError(
        { collection: slug, errors: [{ path: 'stations', message: '服务站工作人员只能编辑标注了本站的新闻' }] },
        req.t,
      )
    }
  }
  if (operation === 'create') {
    return Object.assign(data, {
      workflowState: 'draft',
      reviewStage: null,
      approvals: [],
      createdBy: req.user.id,
      lastEditedBy: req.user.id,
      revisionEditors: [req.user.id],
    })
  }
  const snapshot = toSnapshot(originalDoc as WorkflowDoc)
  const refused = editRefusal(snapshot, { id: String(req.user.id), roles: req.user.roles ?? [] })
  if (refused) throw new WorkflowError(refused, 403)
  const next = editPatch(chainFor(slug), snapshot, String(req.user.id))
  return Object.assign(data, next, next.workflowState === 'inReview' || next.workflowState === 'draft' ? { publishAt: null } : {})
}
