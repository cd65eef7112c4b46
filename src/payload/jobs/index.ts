import type { TaskConfig } from 'payload'

import { enquiryClocks } from './enquiryClocks'
import { enquiryRekey } from './enquiryRekey'
import { enquiryRetention } from './enquiryRetention'
import { outboxRetention } from './outboxRetention'
import { workflowScheduledPublish } from './workflowScheduledPublish'

/** Every background task of the back office, registered with Payload's jobs queue. */
export const tasks: TaskConfig[] = [workflowScheduledPublish, enquiryClocks, enquiryRetention, enquiryRekey, outboxRetention]
