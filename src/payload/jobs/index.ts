import type { TaskConfig } from 'payload'

import { workflowScheduledPublish } from './workflowScheduledPublish'

/** Every background task of the back office, registered with Payload's jobs queue. */
export const tasks: TaskConfig[] = [workflowScheduledPublish]
