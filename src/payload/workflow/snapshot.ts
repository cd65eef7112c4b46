import type { ReviewStage, WorkflowState } from '../constants/workflow'
import { idOf } from '../../shared'
import type { WorkflowSnapshot } from './rules'

type Ref = string | { id: string } | null | undefined

export type WorkflowDoc = {
  id?: string
  _status?: 'draft' | 'published' | null
  workflowState?: WorkflowState | null
  reviewStage?: ReviewStage | null
  createdBy?: Ref
  lastEditedBy?: Ref
  revisionEditors?: Ref[] | null
  approvals?: { stage: ReviewStage; user: Ref }[] | null
}

/** The workflow's view of a stored document (relations may be populated or not). */
export const toSnapshot = (doc: WorkflowDoc | undefined): WorkflowSnapshot => ({
  state: doc?.workflowState ?? (doc?._status === 'published' ? 'published' : 'draft'),
  stage: doc?.reviewStage ?? null,
  createdBy: idOf(doc?.createdBy),
  lastEditedBy: idOf(doc?.lastEditedBy),
  revisionEditors: (doc?.revisionEditors ?? []).map(idOf).filter((id): id is string => Boolean(id)),
  approvals: (doc?.approvals ?? []).map((approval) => ({ stage: approval.stage, user: idOf(approval.user) ?? '' })),
})
