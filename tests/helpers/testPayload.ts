import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { copyMongoTemplate, databaseUriFor, dropDatabase, testDatabase } from './testDatabase'

let counter = 0

const copySqliteTemplate = (dataDir: string, templateName: string, name: string) => {
  for (const suffix of ['.db', '.db-wal']) {
    const source = path.join(dataDir, `${templateName}${suffix}`)
    if (existsSync(source)) copyFileSync(source, path.join(dataDir, `${name}${suffix}`))
  }
}

/**
 * A Payload instance on a seeded database of this test file's own, so a file may change data
 * freely: a copy of the seeded template (a file on SQLite, its collections on MongoDB).
 */
export const getTestPayload = async (): Promise<Payload> => {
  const dataDir = inject('dataDir')
  const name = `va-${process.pid}-${Date.now()}-${counter++}`
  const mediaDir = path.join(dataDir, 'media')
  if (testDatabase() === 'sqlite') copySqliteTemplate(dataDir, inject('templateName'), name)
  else await copyMongoTemplate(inject('templateName'), name)
  mkdirSync(mediaDir, { recursive: true })
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: 'integration-test-secret',
    DATABASE_URI: databaseUriFor(dataDir, name),
  })
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  return getPayload({ config, key: name })
}

/** Closes the instance; a MongoDB test database is dropped with it. */
export const releaseTestPayload = async (payload: Payload): Promise<void> => {
  if (testDatabase() === 'mongodb') await dropDatabase(payload)
  await payload.destroy()
}
