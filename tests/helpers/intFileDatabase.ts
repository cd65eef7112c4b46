import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, inject } from 'vitest'

import { copyTemplate, databaseUriFor, dropMongoDatabase, testDatabase } from './testDatabase'

/**
 * Runs before each integration file's own imports (Vitest `setupFiles`): the file's own copy of
 * the seeded template is made here and DATABASE_URI points at it before anything can build the
 * Payload config. A file that imports site code (src/site/lib/payload.ts builds the config at
 * import) had connected to the template itself, and on MongoDB its teardown dropped the
 * template: every file after it found no users, no settings, no drafts (CI, stop 23).
 */
const dataDir = inject('dataDir')
const name = `va-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
await copyTemplate(dataDir, inject('templateName'), name)
const mediaDir = path.join(dataDir, 'media')
mkdirSync(mediaDir, { recursive: true })
Object.assign(process.env, {
  DATA_DIR: dataDir,
  MEDIA_DIR: mediaDir,
  PAYLOAD_SECRET: 'integration-test-secret',
  DATABASE_URI: databaseUriFor(dataDir, name),
  TEST_DATABASE_NAME: name,
})

// A file that never opened Payload (one skipped on this database) leaves no copy behind on the server.
afterAll(async () => {
  if (testDatabase() === 'mongodb') await dropMongoDatabase(name)
})
