import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { WorkflowState } from '../../constants/workflow'
import { writeAudit } from '../audit'
import { transitionFor } from '../context'

const UNDER_REVIEW: (WorkflowState | undefined)[] = ['inReview', 'approved', 'scheduled']

const titleOf = (doc: Record<string, unknown>) => (doc.title ?? doc.name) as string | undefined

/**
 * Transitions audit themselves; this records what happens outside them: an edit that sent a
 * reviewed item back to review, and publishing or unpublishing by a system operation.
 */
export const auditPlainChanges: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.context.seeding || operation !== 'update' || transitionFor(req.context, collection.slug, doc.id)) return doc
  const from = previousDoc?.workflowState as WorkflowState | undefined
  const to = doc.workflowState as WorkflowState | undefined
  const base = { targetCollection: collection.slug, documentId: String(doc.id), documentTitle: titleOf(doc), fromState: from, toState: to }
  if (req.user && UNDER_REVIEW.includes(from) && (from !== to || previousDoc?.approvals?.length)) {
    await writeAudit(req, { ...base, action: 'edit', reason: '审核期间内容被修改,重新从第一环节审核' })
  }
  if (!req.user && previousDoc?._status !== doc._status) {
    await writeAudit(req, { ...base, action: doc._status === 'published' ? 'publish' : 'unpublish', actor: null })
  }
  return doc
}

export const auditDeletes: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await writeAudit(req, {
    action: 'delete',
    targetCollection: collection.slug,
    documentId: String(doc.id),
    documentTitle: titleOf(doc),
    fromState: doc.workflowState,
  })
}
