import type { Payload } from 'payload'

import { dropDatabase, testDatabase } from './testDatabase'

/**
 * The Payload instance on this test file's own seeded database, so a file may change data freely.
 * The copy was made and DATABASE_URI set before the file's imports (tests/helpers/intFileDatabase.ts),
 * so the config, built once per file, and any site code the file imports use the same database.
 * One database per file: a second call returns the same instance.
 */
export const getTestPayload = async (): Promise<Payload> => {
  const name = process.env.TEST_DATABASE_NAME
  if (!name) throw new Error('getTestPayload needs the int project’s setup file (tests/helpers/intFileDatabase.ts).')
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  return getPayload({ config, key: name })
}

/** Closes the instance; a MongoDB test database is dropped with it. */
export const releaseTestPayload = async (payload: Payload): Promise<void> => {
  if (testDatabase() === 'mongodb') await dropDatabase(payload)
  await payload.destroy()
}
