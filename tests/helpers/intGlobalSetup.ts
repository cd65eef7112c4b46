import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { databaseUriFor, testDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    dataDir: string
    templateName: string
  }
}

/**
 * Migrates and seeds one database before the integration files run; each file then works
 * on its own copy (SQLite) or on the shared seeded database (MongoDB, with its own data).
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `va-int-${testDatabase()}-`))
  const templateName = `va-template-${process.pid}`
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: 'integration-test-secret',
    DATABASE_URI: databaseUriFor(dataDir, templateName),
  })
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const { seed } = await import('../../src/payload/seed/seed')
  const { migrations } = await import('../../src/payload/migrations')
  const payload = await getPayload({ config, key: 'template' })
  if (testDatabase() === 'sqlite') await payload.db.migrate({ migrations: migrations as never })
  await seed(payload)
  await payload.destroy()
  project.provide('dataDir', dataDir)
  project.provide('templateName', templateName)

  return async () => {
    if (testDatabase() === 'mongodb') {
      const cleanup = await getPayload({ config, key: 'cleanup' })
      await cleanup.db.dropDatabase?.({ adapter: cleanup.db } as never)
      await cleanup.destroy()
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
}
