import type { ReviewStage, WithdrawalMode, WorkflowAction, WorkflowState } from '../constants/workflow'
import { REVIEW_STAGE_LABELS, WORKFLOW_ACTIONS, WORKFLOW_STATE_LABELS } from '../constants/workflow'
import type { WorkflowChain } from './chains'

/** The parts of a document the workflow decides on; ids are strings on every database. */
export type WorkflowSnapshot = {
  state: WorkflowState
  stage?: ReviewStage | null
  createdBy?: string | null
  lastEditedBy?: string | null
  /** Everyone who edited the current revision (it starts at creation and at the first edit after publication). */
  revisionEditors?: readonly string[]
  approvals: readonly { stage: ReviewStage; user: string }[]
}

export type Actor = { id: string; roles: readonly string[] }

export type ActionInput = { action: WorkflowAction; reason?: string; at?: string; mode?: WithdrawalMode }

/** What publishing does to Payload's `_status`: publish the reviewed draft, take it offline, or neither. */
export type Publication = 'publish' | 'unpublish' | 'none'

export type Outcome = {
  state: WorkflowState
  stage: ReviewStage | null
  approvals: { stage: ReviewStage; user: string }[]
  publication: Publication
  publishAt?: string | null
  unpublishAt?: string | null
}

const hasRole = (actor: Actor, role: string) => actor.roles.includes(role)

const wrongState = (action: WorkflowAction, state: WorkflowState) =>
  `当前状态为“${WORKFLOW_STATE_LABELS[state]}”,不能执行此操作(${action})`

/** 谁审谁不写: nobody approves or publishes what they wrote or last changed. */
const separationOfDuties = (snapshot: WorkflowSnapshot, actor: Actor): string | null => {
  if (snapshot.createdBy === actor.id) return '不能审核或发布自己撰写的稿件'
  if (snapshot.lastEditedBy === actor.id) return '不能审核或发布自己最后修改的稿件'
  if (snapshot.revisionEditors?.includes(actor.id)) return '不能审核或发布自己参与修改的稿件'
  return null
}

const currentStage = (chain: WorkflowChain, snapshot: WorkflowSnapshot) =>
  chain.stages.find((entry) => entry.stage === snapshot.stage)

/**
 * May this person (or the system, `null`: scheduled jobs and seeding) perform the action now?
 * Returns null when allowed, otherwise the reason in Chinese.
 */
export const refusal = (
  chain: WorkflowChain,
  snapshot: WorkflowSnapshot,
  actor: Actor | null,
  action: WorkflowAction,
): string | null => {
  const { state } = snapshot
  if (chain.actions && !chain.actions.includes(action)) return '此内容不支持该操作'
  const publisherCheck = () => {
    if (!actor) return null
    if (!hasRole(actor, chain.publishRole)) return '只有终审发布员可以执行此操作'
    return null
  }
  switch (action) {
    case 'submit':
      return state === 'draft' || state === 'returned' ? null : wrongState(action, state)
    case 'approve': {
      if (state !== 'inReview') return wrongState(action, state)
      const stage = currentStage(chain, snapshot)
      if (!stage) return '审核环节配置有误'
      if (!actor) return '审核必须由审核人员完成'
      if (!hasRole(actor, stage.role)) return `没有${REVIEW_STAGE_LABELS[stage.stage]}权限`
      if (snapshot.approvals.some((approval) => approval.user === actor.id)) return '同一人不能审核同一稿件的两个环节'
      return separationOfDuties(snapshot, actor)
    }
    case 'return': {
      if (!actor) return '退回必须由审核人员完成'
      if (state === 'approved') return publisherCheck()
      if (state !== 'inReview') return wrongState(action, state)
      const stage = currentStage(chain, snapshot)
      return stage && hasRole(actor, stage.role) ? null : '没有本环节的审核权限'
    }
    case 'publish':
      if (!actor) return state === 'approved' || state === 'scheduled' ? null : wrongState(action, state)
      if (state !== 'approved') return wrongState(action, state)
      return publisherCheck() ?? separationOfDuties(snapshot, actor)
    case 'schedule':
      if (state !== 'approved') return wrongState(action, state)
      return publisherCheck() ?? (actor ? separationOfDuties(snapshot, actor) : null)
    case 'unpublish':
      if (state !== 'published' && state !== 'withdrawn') return wrongState(action, state)
      return publisherCheck()
    case 'scheduleUnpublish':
    case 'withdraw':
      if (state !== 'published') return wrongState(action, state)
      return publisherCheck()
  }
}

/** Checks what the action needs besides permission: a reason, a time in the future, a mode. */
export const inputProblem = (input: ActionInput, now: Date): string | null => {
  if (!(WORKFLOW_ACTIONS as readonly string[]).includes(input.action)) return '未知的操作'
  const reason = input.reason?.trim()
  if ((input.action === 'return' || input.action === 'withdraw') && !reason) return '请填写理由'
  if (input.action === 'withdraw' && input.mode !== 'banner' && input.mode !== 'gone') return '请选择撤稿方式'
  if (input.action === 'schedule' || input.action === 'scheduleUnpublish') {
    const at = input.at ? new Date(input.at) : null
    if (!at || Number.isNaN(at.getTime())) return '请填写有效的时间'
    if (at.getTime() <= now.getTime()) return '定时时间必须晚于当前时间'
  }
  return null
}

/** The state a permitted action leads to. */
export const outcome = (chain: WorkflowChain, snapshot: WorkflowSnapshot, actor: Actor | null, input: ActionInput): Outcome => {
  const keep = { state: snapshot.state, stage: snapshot.stage ?? null, approvals: [...snapshot.approvals], publication: 'none' as const }
  switch (input.action) {
    case 'submit':
      return { state: 'inReview', stage: chain.stages[0].stage, approvals: [], publication: 'none' }
    case 'approve': {
      const index = chain.stages.findIndex((entry) => entry.stage === snapshot.stage)
      const approvals = [...snapshot.approvals, { stage: chain.stages[index].stage, user: actor!.id }]
      const next = chain.stages[index + 1]
      return next
        ? { state: 'inReview', stage: next.stage, approvals, publication: 'none' }
        : { state: 'approved', stage: null, approvals, publication: 'none' }
    }
    case 'return':
      return { state: 'returned', stage: null, approvals: [], publication: 'none' }
    case 'publish':
      return { ...keep, state: 'published', stage: null, publication: 'publish', publishAt: null }
    case 'schedule':
      return { ...keep, state: 'scheduled', publishAt: input.at }
    case 'unpublish':
      return { state: 'draft', stage: null, approvals: [], publication: 'unpublish', unpublishAt: null }
    case 'scheduleUnpublish':
      return { ...keep, unpublishAt: input.at }
    case 'withdraw':
      return { ...keep, state: 'withdrawn', publication: input.mode === 'gone' ? 'unpublish' : 'none', unpublishAt: null }
  }
}

/**
 * A plain edit by a person. Editing anything under review or approved sends it back to the first
 * stage with no approvals; editing a live item starts a new draft revision.
 */
export const afterEdit = (chain: WorkflowChain, snapshot: WorkflowSnapshot): Pick<Outcome, 'state' | 'stage' | 'approvals'> => {
  switch (snapshot.state) {
    case 'inReview':
    case 'approved':
    case 'scheduled':
      return { state: 'inReview', stage: chain.stages[0].stage, approvals: [] }
    case 'published':
    case 'withdrawn':
      return { state: 'draft', stage: null, approvals: [] }
    default:
      return { state: snapshot.state, stage: snapshot.stage ?? null, approvals: [...snapshot.approvals] }
  }
}

/**
 * Who edited the current revision once `editor` has saved: an edit of a live item starts a new
 * revision (the same edits afterEdit turns into a new draft); any other edit joins the revision.
 * The last editor is carried over for items saved before this list existed.
 */
export const revisionEditorsAfterEdit = (snapshot: WorkflowSnapshot, editor: string): string[] => {
  if (snapshot.state === 'published' || snapshot.state === 'withdrawn') return [editor]
  const earlier = [...(snapshot.revisionEditors ?? []), snapshot.lastEditedBy].filter((id): id is string => Boolean(id))
  return [...new Set([...earlier, editor])]
}

/** Roles whose job is writing: their edits during review are allowed and count as writing (the item goes back to the first stage). */
const WRITER_ROLES = ['admin', 'editor', 'stationStaff']

/** Whether this person's role is writing, so no review state ever stops their edits. */
export const isWriter = (actor: Actor) => actor.roles.some((role) => WRITER_ROLES.includes(role))

/** States in which a reviewer or publisher is deciding on the item. */
const UNDER_DECISION: readonly WorkflowState[] = ['inReview', 'approved']

export const REVIEWER_EDIT_REFUSAL = '审核中的稿件,审核人员只审不改。需要修改时,请在审核面板写明意见并“退回修改”,由撰稿人修改后重新提交。'

/**
 * 只审不改: while an item is under review or approved, a reviewer or publisher who did not write
 * it may not change its content; they return it with their comments instead. Writers (and
 * anyone who already edited this revision) may, and their edit sends it back to the first stage.
 * Returns null when the edit is allowed, otherwise the reason in Chinese.
 */
export const editRefusal = (snapshot: WorkflowSnapshot, actor: Actor): string | null => {
  if (!UNDER_DECISION.includes(snapshot.state) || isWriter(actor)) return null
  const wrote = [snapshot.createdBy, snapshot.lastEditedBy, ...(snapshot.revisionEditors ?? [])].includes(actor.id)
  return wrote ? null : REVIEWER_EDIT_REFUSAL
}

/** The actions this person could take on this document now (for the admin panel). */
export const availableActions = (chain: WorkflowChain, snapshot: WorkflowSnapshot, actor: Actor): WorkflowAction[] =>
  WORKFLOW_ACTIONS.filter((action) => refusal(chain, snapshot, actor, action) === null)
