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

/** GET: what the signed-in person may do now, with the chain and the review comments. */
const describe = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req.user)
    const id = String(req.routeParams?.id)
    const doc = await req.payload.findByID({ collection, id, draft: true, depth: 1, user, overrideAccess: false, req })
    const chain = chainFor(collection)
    const snapshot = toSnapshot(doc as never)
    const checks = await runPrePublishChecks(req.payload, collection, doc as never, req)
    const record = doc as unknown as Record<string, unknown>
    const actor = { id: String(user.id), roles: user.roles ?? [] }
    return Response.json({
      state: snapshot.state,
      stage: snapshot.stage,
      chain: chain.stages,
      publishRole: chain.publishRole,
      actions: availableActions(chain, snapshot, actor),
      editRefusal: editRefusal(snapshot, actor),
      reviewLog: record.reviewLog ?? [],
      publishAt: record.publishAt ?? null,
      unpublishAt: record.unpublishAt ?? null,
      withdrawal: record.withdrawal ?? null,
      checks,
    })
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
      const chain = globalChainFor(global)
      const snapshot = toSnapshot(doc as never)
      const noChecks: CheckReport = { errors: [], warnings: [] }
      return Response.json({
        state: snapshot.state,
        stage: snapshot.stage,
        chain: chain.stages,
        publishRole: chain.publishRole,
        actions: availableActions(chain, snapshot, { id: String(user.id), roles: user.roles ?? [] }),
        reviewLog: (doc as unknown as Record<string, unknown>).reviewLog ?? [],
        publishAt: null,
        unpublishAt: null,
        withdrawal: null,
        checks: noChecks,
        editRefusal: null,
      })
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
