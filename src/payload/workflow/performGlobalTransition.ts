import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { writeAudit } from './audit'
import { globalChainFor, type WorkflowGlobal } from './chains'
import { globalTransitionKey } from './context'
import { reviewPatch } from './reviewPatch'
import { type ActionInput, inputProblem, outcome, refusal } from './rules'
import { toSnapshot, type WorkflowDoc } from './snapshot'
import { WorkflowError } from './WorkflowError'

export type GlobalTransitionRequest = { global: WorkflowGlobal; input: ActionInput; user: User; req?: PayloadRequest }

/** The name the admin shows for a site-wide setting, for the audit log. */
export const globalLabel = (payload: Payload, slug: string): string => {
  const label = payload.globals.config.find((global) => global.slug === slug)?.label
  return typeof label === 'string' ? label : slug
}

/**
 * One workflow step on a site-wide setting (navigation, site settings), with the same rules as
 * documents (rules.ts) and its chain from chains.ts. The chain decides who reviews and publishes,
 * so the write itself runs with access control off; submitting needs the setting's own update
 * access. A publish writes the reviewed draft as the published version.
 */
export const performGlobalTransition = async (payload: Payload, { global, input, user, req: given }: GlobalTransitionRequest) => {
  const req = given ?? (await createLocalReq({ user: { ...user, collection: 'users' } }, payload))
  const problem = inputProblem(input, new Date())
  if (problem) throw new WorkflowError(problem, 400)

  const doc = (await payload.findGlobal({
    slug: global,
    draft: true,
    depth: 0,
    user: { ...user, collection: 'users' },
    overrideAccess: false,
    req,
  })) as unknown as WorkflowDoc & { reviewLog?: unknown[] | null }
  const chain = globalChainFor(global)
  const snapshot = toSnapshot(doc)
  const actor = { id: String(user.id), roles: user.roles ?? [] }
  const refused = refusal(chain, snapshot, actor, input.action)
  if (refused) throw new WorkflowError(refused, 403)
  if (input.action === 'submit') {
    const config = payload.globals.config.find((entry) => entry.slug === global)
    if (!(await config?.access.update?.({ req, data: {} }))) throw new WorkflowError('没有修改此设置的权限,不能提交审核', 403)
  }

  const next = outcome(chain, snapshot, actor, input)
  const patch = reviewPatch(doc.reviewLog, snapshot, next, input, user, new Date().toISOString())
  const publish = next.publication === 'publish'
  const updated = await payload.updateGlobal({
    slug: global,
    data: (publish ? { _status: 'published' } : {}) as never,
    draft: !publish,
    depth: 0,
    context: { workflowTransition: { ...globalTransitionKey(global), patch, decidedOn: String((doc as { updatedAt?: unknown }).updatedAt) } },
    overrideAccess: true,
    req,
  })

  await writeAudit(req, {
    action: input.action,
    actor: user,
    targetCollection: global,
    documentId: global,
    documentTitle: globalLabel(payload, global),
    fromState: snapshot.state,
    toState: next.state,
    reason: input.reason?.trim() || undefined,
  })
  return updated
}
