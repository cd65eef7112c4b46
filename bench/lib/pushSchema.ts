/**
 * Creates the benches' database: pushes the schema of the current config (development mode)
 * and marks the committed migrations as run, so the site can then start in production mode on
 * it. Needed while the enquiry tables have no migration yet; harmless afterwards.
 * Run by bench/lib/enquirySite.ts with DATA_DIR set.
 */
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

const { default: config } = await import('../../payload.config')
const { getPayload } = await import('payload')
const { migrations } = await import('../../src/payload/migrations')
const { dataDir } = await import('../../src/payload/env')

const payload = await getPayload({ config })
await payload.destroy()
const db = new DatabaseSync(path.join(dataDir(), 'site.db'))
db.exec('delete from payload_migrations where batch = -1')
const insert = db.prepare("insert into payload_migrations (id, name, batch, updated_at, created_at) values (?, ?, 1, datetime('now'), datetime('now'))")
for (const migration of migrations) insert.run(crypto.randomUUID(), migration.name)
db.close()
process.exit(0)
