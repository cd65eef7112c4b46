import { isWithdrawnAndRemoved } from '../../../payload/workflow/withdrawnPage'
import type { WorkflowCollection } from '../../../payload/workflow/chains'
import { payload } from '../payload'

/** Whether a missing page was withdrawn and removed (410 Gone) rather than never there (404). */
export const isGone = async (collection: WorkflowCollection, slug: string): Promise<boolean> =>
  isWithdrawnAndRemoved(await payload(), collection, slug)
