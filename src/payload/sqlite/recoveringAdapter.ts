import type { Config } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { type ConnectionSettings, connectionPragmas } from './connectionPragmas'
import { RecoveringClient } from './recoveringClient'

/**
 * Gives Payload's SQLite adapter a RecoveringClient before it connects. The adapter uses a
 * client it finds in place as it is (and then skips its own PRAGMAs), so the client sets the
 * connection settings itself, on every connection it opens.
 */
export const withRecoveringClient = (adapter: DatabaseAdapterObj, config: Config, settings: ConnectionSettings): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    Object.assign(instance, { client: new RecoveringClient(config, connectionPragmas(settings)) })
    return instance
  },
})
