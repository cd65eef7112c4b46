import { APIError, createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { WORKFLOW_QUEUE, type WorkflowAction } from '../constants/workflow'
import type { User } from '../../payload-types'
import { beijingDateTime } from '../../shared'
import { chainFor, type WorkflowCollection } from './chains'
import { writeAudit } from './audit'
import { runPrePublishChecks, type CheckReport } from './checks'
import { reviewPatch } from './reviewPatch'
import { type ActionInput, inputProblem, outcome, refusal } from './rules'
import { toSnapshot, type WorkflowDoc } from './snapshot'
import { WorkflowError } from './WorkflowError'

export type TransitionRequest = {
  collection: WorkflowCollection
  id: string
  input: ActionInput
  /** The person acting; null for the system (scheduled jobs). */
  user: User | null
  req?: PayloadRequest
}

type StoredDoc = WorkflowDoc & {
  id: string
  title?: string
  name?: string
  publishedAt?: string | null
  changeNote?: string | null
  changeLog?: { at: string; note: string }[] | null
  reviewLog?: unknown[] | null
} & Record<string, unknown>

export class PrePublishCheckError extends APIError<{ checks: CheckReport }> {
  constructor(report: CheckReport) {
    super(`发布前检查未通过:${report.errors.map((issue) => issue.message).join(';')}`, 400, { checks: report }, true)
    this.name = 'PrePublishCheckError'
  }
}

/** Actions after which the document is public or about to be: they run the pre-publish checks. */
const CHECKED_ACTIONS: WorkflowAction[] = ['publish', 'schedule']

/**
 * The only way a reviewed document changes state: checks who may act (separation of duties,
 * stage roles, station scope through the collection's own access), runs the pre-publish checks,
 * writes through Payload's update with drafts and `_status`, queues scheduled jobs and appends
 * to the audit log, all in one request.
 */
export const performTransition = async (payload: Payload, { collection, id, input, user, req: given }: TransitionRequest) => {
  const req = given ?? (await createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload))
  const asActor = { user: user ? { ...user, collection: 'users' as const } : undefined, overrideAccess: !user, req }
  const now = new Date()
  const problem = inputProblem(input, now)
  if (problem) throw new WorkflowError(problem, 400)

  const doc = (await payload.findByID({ collection, id, draft: true, depth: 0, ...asActor })) as unknown as StoredDoc
  const chain = chainFor(collection)
  const snapshot = toSnapshot(doc)
  const actor = user ? { id: String(user.id), roles: user.roles ?? [] } : null
  const refused = refusal(chain, snapshot, actor, input.action)
  if (refused) throw new WorkflowError(refused, 403)

  const finalApproval = input.action === 'approve' && snapshot.stage === chain.stages.at(-1)?.stage
  if (finalApproval || CHECKED_ACTIONS.includes(input.action)) {
    const report = await runPrePublishChecks(payload, collection, doc, req)
    if (report.errors.length) throw new PrePublishCheckError(report)
  }

  const next = outcome(chain, snapshot, actor, input)
  const at = now.toISOString()
  const reason = input.reason?.trim() || undefined
  const patch = reviewPatch(doc.reviewLog, snapshot, next, input, user, at)
  if (next.publishAt !== undefined) patch.publishAt = next.publishAt
  if (next.unpublishAt !== undefined) patch.unpublishAt = next.unpublishAt
  if (input.action === 'withdraw') {
    patch.withdrawal = input.mode === 'banner' ? { mode: 'banner', publicReason: reason, at } : { mode: 'gone', internalReason: reason, at }
  }
  if (next.publication === 'publish') {
    patch.withdrawal = { mode: null, publicReason: null, internalReason: null, at: null }
    const note = doc.changeNote?.trim()
    if (note && doc.publishedAt) patch.changeLog = [...(doc.changeLog ?? []), { at, note }]
    patch.changeNote = null
  }

  const live = doc._status === 'published'
  const status = next.publication === 'publish' ? 'published' : next.publication === 'unpublish' ? 'draft' : live ? 'published' : null
  const updated = await payload.update({
    collection,
    id,
    data: (status ? { _status: status } : {}) as never,
    draft: status === null,
    depth: 0,
    context: { workflowTransition: { collection, id: String(id), patch, decidedOn: String(doc.updatedAt) } },
    ...asActor,
  })

  if (input.action === 'schedule' || input.action === 'scheduleUnpublish') {
    await payload.jobs.queue({
      task: 'workflowScheduledPublish',
      input: { collection, id: String(id), kind: input.action === 'schedule' ? 'publish' : 'unpublish', at: input.at! },
      queue: WORKFLOW_QUEUE,
      waitUntil: new Date(input.at!),
      req,
    })
  }

  const scheduledFor = input.at ? `定于 ${beijingDateTime(input.at)}(北京时间)` : undefined
  await writeAudit(req, {
    action: input.action,
    actor: user,
    targetCollection: collection,
    documentId: String(id),
    documentTitle: doc.title ?? doc.name,
    fromState: snapshot.state,
    toState: next.state,
    reason: [reason, scheduledFor].filter(Boolean).join(';') || undefined,
  })
  return updated
}
