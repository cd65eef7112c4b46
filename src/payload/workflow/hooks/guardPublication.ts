import type { CollectionBeforeOperationHook } from 'payload'

import { transitionFor } from '../context'
import { WorkflowError } from '../WorkflowError'

/**
 * Every save a person makes outside the workflow becomes a draft save, whatever the path: the
 * admin's Publish button, bulk publish or unpublish in the list view, restoring a version, REST,
 * GraphQL or the Local API with a user. Publishing and taking offline happen only through performTransition.
 * Seeding and system operations (no user: scheduled jobs, scripts) pass untouched.
 */
export const guardPublication: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!req.user || req.context.seeding) return args
  // Payload reads the restore's draft flag before this hook runs, so it is refused, not rewritten.
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) {
    throw new WorkflowError('历史版本只能恢复为草稿,再提交审核', 403)
  }
  if (operation !== 'create' && operation !== 'update') return args
  const id = (args as { id?: unknown }).id
  if (id !== undefined && transitionFor(req.context, collection.slug, id)) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  if (data._status === 'published') {
    throw new WorkflowError('发布必须经过审核流程:请先提交审核,审核通过后由终审发布员发布', 403)
  }
  if (operation === 'update' && data._status === 'draft' && !args.draft) {
    throw new WorkflowError('下线须由终审发布员在审核面板中执行“下线”或“撤稿”', 403)
  }
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
