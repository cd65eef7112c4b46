import type { User } from '../../payload-types'
import type { ActionInput, Outcome, WorkflowSnapshot } from './rules'

/** What every workflow step writes to the review record: the new state and a line in the review log. */
export const reviewPatch = (
  reviewLog: unknown[] | null | undefined,
  snapshot: WorkflowSnapshot,
  next: Outcome,
  input: ActionInput,
  user: User | null,
  at: string,
): Record<string, unknown> => ({
  workflowState: next.state,
  reviewStage: next.stage,
  approvals: next.approvals,
  reviewLog: [
    ...(reviewLog ?? []),
    { action: input.action, stage: snapshot.stage, user: user?.id, userName: user?.name ?? '系统', at, comment: input.reason?.trim() || undefined },
  ],
})
