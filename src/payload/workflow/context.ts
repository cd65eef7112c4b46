import type { RequestContext } from 'payload'

import { WorkflowError } from './WorkflowError'

/**
 * Set only by performTransition on the server (request context never comes from a client), so
 * the hooks can tell a checked workflow step from a plain save.
 */
export type TransitionContext = {
  collection: string
  id: string
  patch: Record<string, unknown>
  /** The `updatedAt` of the revision the transition was decided on. */
  decidedOn: string
}

export const transitionFor = (context: RequestContext, collection: string, id: unknown) => {
  const transition = context.workflowTransition
  return transition && transition.collection === collection && transition.id === String(id) ? transition : undefined
}

/** A site-wide setting's transition is keyed like a document: `globals/<slug>` with its slug as id. */
export const globalTransitionKey = (slug: string) => ({ collection: `globals/${slug}`, id: slug })

export const globalTransitionFor = (context: RequestContext, slug: string) => {
  const key = globalTransitionKey(slug)
  return transitionFor(context, key.collection, key.id)
}

/**
 * The patch of a transition, applied only to the revision it was decided on: an edit saved while
 * the step was being decided (the checks run in between) would otherwise be approved or
 * published unreviewed.
 */
export const patchOfDecidedRevision = (transition: TransitionContext, current: { updatedAt?: unknown } | undefined) => {
  if (String(current?.updatedAt) !== transition.decidedOn) {
    throw new WorkflowError('稿件在您操作期间已被修改,请刷新后重新审核', 409)
  }
  return transition.patch
}
