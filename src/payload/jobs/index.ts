import type { TaskConfig } from 'payload'

import { workflowScheduledPublish } from './workflowScheduledPublish'

/** The back office's own background tasks; the cases plugin adds its clock, retention, re-keying and outbox tasks. */
export const tasks: TaskConfig[] = [workflowScheduledPublish]
