import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { databaseUriFor, dropMongoDatabase, testDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    dataDir: string
    templateName: string
  }
}

/**
 * Seeds one template database that each test file copies (tests/helpers/testPayload.ts).
 * SQLite: its schema is pushed from the config (migrations.int.test.ts proves the committed
 * migrations build the same schema). MongoDB: a database on MONGODB_URI's server, dropped at the end.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `va-int-${testDatabase()}-`))
  const templateName = `va-template-${process.pid}`
  project.provide('dataDir', dataDir)
  project.provide('templateName', templateName)
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: 'integration-test-secret',
    DATABASE_URI: databaseUriFor(dataDir, templateName),
    PAYLOAD_DEV_PUSH: 'true',
  })
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const { seed } = await import('../../src/payload/seed/seed')
  // A real server may keep a template from a run that was stopped before its teardown.
  if (testDatabase() === 'mongodb') await dropMongoDatabase(templateName)
  const payload = await getPayload({ config, key: templateName })
  await seed(payload)
  await payload.destroy()
  return async () => {
    if (testDatabase() === 'mongodb') await dropMongoDatabase(templateName)
    // The generated enquiry keys live beside the data folder (KEYS_DIR's default).
    for (const dir of [dataDir, `${dataDir}-keys`]) rmSync(dir, { recursive: true, force: true })
  }
}
