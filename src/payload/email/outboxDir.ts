import path from 'node:path'

import { dataDir } from '../env'

/** Where mail and text messages go when no mail server or SMS provider is configured. */
export const outboxDir = (): string => path.join(dataDir(), 'outbox')
