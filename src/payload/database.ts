import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { databaseUri, isMongoUri } from './env'
import { migrations } from './migrations'
import { withSelectiveReadBack } from './selectiveReadBack'
import type { ConnectionSettings } from './sqlite/connectionPragmas'
import { withRecoveringClient } from './sqlite/recoveringAdapter'
import { latestVersionIndexes } from './workflow/versionIndexes'

/**
 * DATABASE_URI picks the adapter: mongodb:// or mongodb+srv:// → MongoDB, anything else
 * (unset or file:…) → the embedded SQLite file. This is the only place that knows which.
 * SQLite gets string (UUID) IDs so that no other code depends on the adapter.
 */
/**
 * Whether the database itself refuses a second document with a unique field's value. SQLite
 * does. On MongoDB a real server does too, but CongoDB (the test server, scripts/mongo.ts) keeps
 * unique indexes without enforcing them, so there our own check (fields/uniqueValue.ts) is the
 * only one and is never skipped.
 */
export const databaseEnforcesUnique = (uri: string = databaseUri()): boolean => !isMongoUri(uri)

export const databaseAdapter = (uri: string = databaseUri()): DatabaseAdapterObj => {
  if (isMongoUri(uri)) return withSelectiveReadBack(mongooseAdapter({ url: uri }))

  const file = uri.replace(/^file:/, '')
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const settings: ConnectionSettings = {
    // Next (admin), the site's workers and the jobs share the file: wait for a lock instead of
    // failing. A write still locked out after this fails the request (the form answers 503), and
    // the connection that saw the failure is replaced (src/payload/sqlite/recoveringClient.ts).
    busyTimeout: 5000,
    // WAL with synchronous=NORMAL: a crashed process loses nothing; only a power cut can lose the
    // last commits. FULL costs a disk sync per write (≈3 ms) and caps enquiry submissions.
    wal: { synchronous: 'NORMAL', journalSizeLimit: 64 * 1024 * 1024 },
  }
  const adapter = sqliteAdapter({
    client: { url: uri },
    idType: 'uuid',
    // Schema changes ship as committed migrations; only `npm run dev` pushes the schema.
    push: process.env.PAYLOAD_DEV_PUSH === 'true',
    migrationDir: path.resolve('src/payload/migrations'),
    prodMigrations: migrations,
    busyTimeout: settings.busyTimeout,
    wal: settings.wal,
    // Indexes Payload cannot declare: the reviewed collections' latest versions by state.
    afterSchemaInit: [latestVersionIndexes],
  })
  // An in-memory database lives and dies with its one connection: nothing to replace it with.
  return withSelectiveReadBack(file === ':memory:' ? adapter : withRecoveringClient(adapter, { url: uri }, settings))
}
