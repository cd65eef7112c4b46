import type { GlobalBeforeOperationHook } from 'payload'

import { globalTransitionFor } from '../context'
import { WorkflowError } from '../WorkflowError'

/**
 * A person's save of a reviewed site-wide setting is always a draft save, whatever the path
 * (admin, REST, GraphQL, Local API with a user); publishing happens only through
 * performGlobalTransition. Restoring a version is refused: Payload writes a restored global
 * straight over the published one, even when asked for a draft. Seeding and system writes pass,
 * as publications unless they ask for a draft.
 */
export const guardGlobalPublication: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  if (!req.user || req.context.seeding) {
    // A write that is not a draft replaces the published version; without a status Payload would
    // copy the latest draft's `draft` onto it, and the public would see no settings at all.
    const publishes = operation === 'update' && !(args as { draft?: boolean }).draft && data._status === undefined
    return publishes ? { ...args, data: { ...data, _status: 'published' } } : args
  }
  if (operation === 'restoreVersion') {
    throw new WorkflowError('网站设置和导航不能直接恢复历史版本:请按历史版本修改后保存草稿,再提交审核', 403)
  }
  if (operation !== 'update' || globalTransitionFor(req.context, global.slug)) return args
  if (data._status === 'published') {
    throw new WorkflowError('发布必须经过审核流程:请先保存草稿并提交审核,审核通过后由终审发布员发布', 403)
  }
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
