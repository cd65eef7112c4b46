import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { databaseUriFor, testDatabase } from './testDatabase'

let counter = 0

const copySqliteTemplate = (dataDir: string, templateName: string, name: string) => {
  for (const suffix of ['.db', '.db-wal']) {
    const source = path.join(dataDir, `${templateName}${suffix}`)
    if (existsSync(source)) copyFileSync(source, path.join(dataDir, `${name}${suffix}`))
  }
}

/**
 * A Payload instance on a seeded database of this test file's own, so a file may change data
 * freely: on SQLite a copy of the seeded template, on MongoDB a new database seeded afresh.
 */
export const getTestPayload = async (): Promise<Payload> => {
  const dataDir = inject('dataDir')
  const name = `va-${process.pid}-${Date.now()}-${counter++}`
  const mediaDir = path.join(dataDir, testDatabase() === 'sqlite' ? 'media' : `media-${name}`)
  if (testDatabase() === 'sqlite') copySqliteTemplate(dataDir, inject('templateName'), name)
  mkdirSync(mediaDir, { recursive: true })
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: 'integration-test-secret',
    DATABASE_URI: databaseUriFor(dataDir, name),
  })
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: name })
  if (testDatabase() === 'mongodb') {
    const { seed } = await import('../../src/payload/seed/seed')
    await seed(payload)
  }
  return payload
}

/** Closes the instance; a MongoDB test database is dropped with it. */
export const releaseTestPayload = async (payload: Payload): Promise<void> => {
  if (testDatabase() === 'mongodb') {
    await (payload.db as unknown as { connection: { dropDatabase: () => Promise<unknown> } }).connection.dropDatabase()
  }
  await payload.destroy()
}
