import type { Endpoint, PayloadRequest } from 'payload'

import { WORKFLOW_ACTIONS, type WorkflowAction } from '../constants/workflow'
import type { User } from '../../payload-types'
import { chainFor, globalChainFor, type WorkflowCollection, type WorkflowGlobal } from './chains'
import { type CheckReport, runPrePublishChecks } from './checks'
import { performGlobalTransition } from './performGlobalTransition'
import { performTransition } from './performTransition'
import { type ActionInput, availableActions, editRefusal } from './rules'
import { toSnapshot } from './snapshot'
import { WorkflowError } from './WorkflowError'

const requireUser = (user: unknown): User => {
  if (!user) throw new WorkflowError('请先登录', 401)
  return user as User
}

type Chain = ReturnType<typeof chainFor>

/** What the review panel reads: the state, what this person may do now, the comments and the checks. */
const describeFor = (
  chain: Chain,
  doc: Record<string, unknown>,
  user: User,
  scheduling: Record<'publishAt' | 'unpublishAt' | 'withdrawal', unknown>,
  checks: CheckReport,
  reviewerLock: boolean,
) => {
  const snapshot = toSnapshot(doc as never)
  const actor = { id: String(user.id), roles: user.roles ?? [] }
  return Response.json({
    state: snapshot.state,
    stage: snapshot.stage,
    chain: chain.stages,
    publishRole: chain.publishRole,
    actions: availableActions(chain, snapshot, actor),
    // Why this person may not edit it now (a reviewer of someone else's work), or null.
    editRefusal: reviewerLock ? editRefusal(snapshot, actor) : null,
    reviewLog: doc.reviewLog ?? [],
    ...scheduling,
    checks,
  })
}

/** GET: what the signed-in person may do now, with the chain and the review comments. */
const describe = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req.user)
    const id = String(req.routeParams?.id)
    const doc = await req.payload.findByID({ collection, id, draft: true, depth: 1, user, overrideAccess: false, req })
    const checks = await runPrePublishChecks(req.payload, collection, doc as never, req)
    const record = doc as unknown as Record<string, unknown>
    const scheduling = {
      publishAt: record.publishAt ?? null,
      unpublishAt: record.unpublishAt ?? null,
      withdrawal: record.withdrawal ?? null,
    }
    return describeFor(chainFor(collection), record, user, scheduling, checks, true)
  },
})

/** The body of a workflow POST: { action, reason?, at?, mode? }. */
const readInput = async (req: PayloadRequest): Promise<ActionInput> => {
  const body = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
  const action = body?.action as WorkflowAction
  if (!(WORKFLOW_ACTIONS as readonly string[]).includes(action)) throw new WorkflowError('未知的操作', 400)
  return {
    action,
    reason: typeof body?.reason === 'string' ? body.reason : undefined,
    at: typeof body?.at === 'string' ? body.at : undefined,
    mode: body?.mode === 'banner' || body?.mode === 'gone' ? body.mode : undefined,
  }
}

/** POST { action, reason?, at?, mode? }: performs one workflow step as the signed-in person. */
const act = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req.user)
    const input = await readInput(req)
    const doc = await performTransition(req.payload, { collection, id: String(req.routeParams?.id), input, user, req })
    return Response.json({ doc })
  },
})

export const workflowEndpoints = (collection: WorkflowCollection): Endpoint[] => [describe(collection), act(collection)]

/** The same two endpoints for a reviewed site-wide setting: /api/globals/<slug>/workflow. */
export const globalWorkflowEndpoints = (global: WorkflowGlobal): Omit<Endpoint, 'root'>[] => [
  {
    path: '/workflow',
    method: 'get',
    handler: async (req) => {
      const user = requireUser(req.user)
      const doc = await req.payload.findGlobal({ slug: global, draft: true, depth: 0, user, overrideAccess: false, req })
      // Site-wide settings have no schedule, no withdrawal, no pre-publish checks and no reviewer lock.
      const noChecks: CheckReport = { errors: [], warnings: [] }
      const unscheduled = { publishAt: null, unpublishAt: null, withdrawal: null }
      return describeFor(globalChainFor(global), doc as unknown as Record<string, unknown>, user, unscheduled, noChecks, false)
    },
  },
  {
    path: '/workflow',
    method: 'post',
    handler: async (req) => {
      const user = requireUser(req.user)
      const doc = await performGlobalTransition(req.payload, { global, input: await readInput(req), user, req })
      return Response.json({ doc })
    },
  },
]
