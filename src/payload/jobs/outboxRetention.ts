import type { TaskConfig } from 'payload'

import { WORKFLOW_QUEUE } from '../constants/workflow'
import { outboxDir } from '../email/outboxDir'
import { purgeOutbox } from '../email/outboxRetention'

/** Nightly: messages in the outbox (no mail server or SMS provider set) are deleted after OUTBOX_RETENTION_DAYS. */
export const outboxRetention: TaskConfig = {
  slug: 'outboxRetention',
  label: '发件箱过期消息删除',
  retries: 2,
  schedule: [{ cron: '0 40 2 * * *', queue: WORKFLOW_QUEUE }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async () => ({ output: { deleted: purgeOutbox(outboxDir()) } }),
}
