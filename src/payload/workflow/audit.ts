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

/**
 * Appends to the audit log inside the caller's transaction; nothing else may write there.
 * Absent parts are written as null, not left out: SQLite reads a missing column as null while
 * MongoDB leaves the key out, and an audit row should read the same on both.
 */
export const writeAudit = async (req: PayloadRequest, entry: AuditEntry) => {
  const actor = entry.actor === undefined ? req.user : entry.actor
  await req.payload.create({
    collection: 'auditLog',
    data: {
      action: entry.action,
      actor: actor?.id ?? null,
      actorName: actor ? (actor.name ?? actor.email ?? actor.id) : '系统',
      targetCollection: entry.targetCollection ?? null,
      documentId: entry.documentId ?? null,
      documentTitle: entry.documentTitle ?? null,
      fromState: entry.fromState ?? null,
      toState: entry.toState ?? null,
      reason: entry.reason ?? null,
    },
    req,
    context: { auditWrite: true },
  })
}
