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
 * SQLite: seeds one template database, its schema pushed from the config, that each test
 * file copies (migrations.int.test.ts proves the committed migrations build the same schema).
 * MongoDB: needs no template; each file seeds a database of its own.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `va-int-${testDatabase()}-`))
  const templateName = 'template'
  project.provide('dataDir', dataDir)
  project.provide('templateName', templateName)
  if (testDatabase() === 'sqlite') {
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
    const payload = await getPayload({ config, key: templateName })
    await seed(payload)
    await payload.destroy()
  }
  return () => {
    // The generated enquiry keys live beside the data folder (KEYS_DIR's default).
    for (const dir of [dataDir, `${dataDir}-keys`]) rmSync(dir, { recursive: true, force: true })
  }
}
