import type { CollectionAfterChangeHook, CollectionAfterLoginHook, CollectionConfig } from 'payload'

import { writeAudit } from './audit'
import { addHooks } from '../hooks/addHooks'

const sameRoles = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...((b as string[]) ?? [])].sort())

const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await writeAudit(req, { action: 'login', actor: user, targetCollection: 'users', documentId: String(user.id), documentTitle: user.name })
}

const auditRoleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.seeding || operation !== 'update' || sameRoles(previousDoc?.roles, doc.roles)) return doc
  const roles = (value: unknown) => ((value as string[]) ?? []).join('、') || '无'
  await writeAudit(req, {
    action: 'roleChange',
    targetCollection: 'users',
    documentId: String(doc.id),
    documentTitle: doc.name,
    reason: `${roles(previousDoc?.roles)} → ${roles(doc.roles)}`,
  })
  return doc
}

/** Logins and role changes go to the audit log with the workflow's own entries. */
export const withAuditedUsers = (users: CollectionConfig): CollectionConfig => ({
  ...users,
  hooks: addHooks(users.hooks, { afterLogin: [auditLogin], afterChange: [auditRoleChange] }),
})
