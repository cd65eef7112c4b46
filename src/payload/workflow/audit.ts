import type { PayloadRequest } from 'payload'

import type { AuditAction, WorkflowState } from '../constants/workflow'

export type AuditEntry = {
  action: AuditAction
  targetCollection?: string
  documentId?: string
  documentTitle?: string
  fromState?: WorkflowState | null
  toState?: WorkflowState | null
  reason?: string
  actor?: { id: string; name?: string | null; email?: string | null } | null
}

/** Appends to the audit log inside the caller's transaction; nothing else may write there. */
export const writeAudit = async (req: PayloadRequest, entry: AuditEntry) => {
  const actor = entry.actor === undefined ? req.user : entry.actor
  await req.payload.create({
    collection: 'auditLog',
    data: {
      action: entry.action,
      actor: actor?.id,
      actorName: actor ? (actor.name ?? actor.email ?? actor.id) : '系统',
      targetCollection: entry.targetCollection,
      documentId: entry.documentId,
      documentTitle: entry.documentTitle,
      fromState: entry.fromState ?? undefined,
      toState: entry.toState ?? undefined,
      reason: entry.reason,
    },
    req,
    context: { auditWrite: true },
  })
}
