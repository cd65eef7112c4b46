import { copyFileSync, existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { databaseUriFor, testDatabase } from './testDatabase'

let counter = 0

/**
 * A Payload instance on the seeded test database. SQLite files get a private copy of the
 * seeded template, so a file may change data freely; on MongoDB the seeded database is shared.
 */
export const getTestPayload = async (): Promise<Payload> => {
  const dataDir = inject('dataDir')
  const templateName = inject('templateName')
  let name = templateName
  if (testDatabase() === 'sqlite') {
    name = `copy-${process.pid}-${Date.now()}-${counter++}`
    for (const suffix of ['.db', '.db-wal']) {
      const source = path.join(dataDir, `${templateName}${suffix}`)
      if (existsSync(source)) copyFileSync(source, path.join(dataDir, `${name}${suffix}`))
    }
  }
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: 'integration-test-secret',
    DATABASE_URI: databaseUriFor(dataDir, name),
  })
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  return getPayload({ config, key: name })
}
