import { copyFileSync, existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

/** Which database an integration run targets, and the URI for a given data folder. */
export const testDatabase = (): 'sqlite' | 'mongodb' => (process.env.TEST_DB === 'mongodb' ? 'mongodb' : 'sqlite')

export const databaseUriFor = (dataDir: string, name: string): string => {
  if (testDatabase() === 'sqlite') return `file:${path.join(dataDir, `${name}.db`)}`
  const url = new URL(process.env.MONGODB_URI!)
  url.pathname = `/${name}`
  return url.toString()
}

/** Drops a MongoDB test database (the one the instance is connected to). */
export const dropDatabase = async (payload: Payload): Promise<void> => {
  await (payload.db as unknown as { connection: { dropDatabase: () => Promise<unknown> } }).connection.dropDatabase()
}

const withMongoClient = async <T>(use: (client: import('mongodb').MongoClient) => Promise<T>): Promise<T> => {
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(process.env.MONGODB_URI!)
  try {
    await client.connect()
    return await use(client)
  } finally {
    await client.close()
  }
}

export const dropMongoDatabase = (name: string): Promise<unknown> => withMongoClient((client) => client.db(name).dropDatabase())

/**
 * Copies every collection of the seeded MongoDB template into a new database, as copying the
 * file is on SQLite; seeding afresh per file took ~20 s each. Indexes are created by Payload
 * when it connects to the copy.
 */
export const copyMongoTemplate = (templateName: string, name: string): Promise<void> =>
  withMongoClient(async (client) => {
    const source = client.db(templateName)
    const target = client.db(name)
    for (const { name: collection } of await source.listCollections({}, { nameOnly: true }).toArray()) {
      const documents = await source.collection(collection).find({}).toArray()
      if (documents.length > 0) await target.collection(collection).insertMany(documents)
    }
  })

/** A copy of the seeded template under a new name: the file on SQLite, its collections on MongoDB. */
export const copyTemplate = async (dataDir: string, templateName: string, name: string): Promise<void> => {
  if (testDatabase() === 'mongodb') return copyMongoTemplate(templateName, name)
  for (const suffix of ['.db', '.db-wal']) {
    const source = path.join(dataDir, `${templateName}${suffix}`)
    if (existsSync(source)) copyFileSync(source, path.join(dataDir, `${name}${suffix}`))
  }
}
