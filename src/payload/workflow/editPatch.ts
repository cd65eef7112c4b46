import type { WorkflowChain } from './chains'
import { afterEdit, revisionEditorsAfterEdit, type WorkflowSnapshot } from './rules'

/** What a person's plain save writes to the review record of a document or site-wide setting. */
export const editPatch = (chain: WorkflowChain, snapshot: WorkflowSnapshot, editor: string) => {
  const next = afterEdit(chain, snapshot)
  return {
    workflowState: next.state,
    reviewStage: next.stage,
    approvals: next.approvals,
    lastEditedBy: editor,
    revisionEditors: revisionEditorsAfterEdit(snapshot, editor),
  }
}
