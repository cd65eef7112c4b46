import type { TaskConfig } from 'payload'

import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from './chains'
import { performTransition } from './performTransition'
import { toSnapshot } from './snapshot'

type Input = { collection: WorkflowCollection; id: string; kind: 'publish' | 'unpublish'; at: string }

const sameTime = (a: unknown, b: string) => typeof a === 'string' && new Date(a).getTime() === new Date(b).getTime()

/**
 * Publishes or takes offline at the time a publisher chose. The document is read again first:
 * if it was edited, returned or rescheduled since, this run does nothing.
 */
export const workflowScheduledPublish: TaskConfig = {
  slug: 'workflowScheduledPublish',
  label: '定时发布/下线',
  retries: 2,
  inputSchema: [
    { name: 'collection', type: 'select', options: WORKFLOW_COLLECTIONS, required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'kind', type: 'select', options: ['publish', 'unpublish'], required: true },
    { name: 'at', type: 'date', required: true },
  ],
  outputSchema: [{ name: 'done', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const { collection, id, kind, at } = input as Input
    const doc = await req.payload
      .findByID({ collection, id, draft: true, depth: 0, req })
      .catch(() => null)
    if (!doc) return { output: { done: false } }
    const { state } = toSnapshot(doc as never)
    const due =
      kind === 'publish'
        ? state === 'scheduled' && sameTime((doc as { publishAt?: unknown }).publishAt, at)
        : state === 'published' && sameTime((doc as { unpublishAt?: unknown }).unpublishAt, at)
    if (!due) return { output: { done: false } }
    await performTransition(req.payload, { collection, id, input: { action: kind }, user: null, req })
    return { output: { done: true } }
  },
}
