import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, describe, expect, inject, it, vi } from 'vitest'

import { testDatabase } from '../helpers/testDatabase'

/**
 * Columns, indexes and foreign keys, each compared as a set: a migration that adds a column
 * puts it last, a fresh push puts it in place, and both are the same schema.
 */
const schemaOf = async (payload: Payload) => {
  const db = (payload.db as unknown as { drizzle: { all: (query: unknown) => Promise<unknown[]> } }).drizzle
  const tables = sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'payload_migrations'`
  return {
    columns: await db.all(
      sql`SELECT t.name AS tbl, c.name, c.type, c."notnull", c.dflt_value, c.pk FROM (${tables}) t, pragma_table_info(t.name) c ORDER BY tbl, c.name`,
    ),
    foreignKeys: await db.all(
      sql`SELECT t.name AS tbl, f."from", f."table", f."to", f.on_delete FROM (${tables}) t, pragma_foreign_key_list(t.name) f ORDER BY tbl, f."from"`,
    ),
    indexes: await db.all(
      sql`SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`,
    ),
  }
}

const open = async (name: string, push: boolean) => {
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(inject('dataDir'), `${name}.db`)}`,
    PAYLOAD_DEV_PUSH: String(push),
    PAYLOAD_SECRET: 'integration-test-secret',
  })
  // The config reads the environment when it is evaluated: evaluate it afresh for each database.
  vi.resetModules()
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  return getPayload({ config, key: name })
}

// SQLite only: the committed migrations are SQLite's (prodMigrations in src/payload/database.ts);
// MongoDB has no schema to migrate (README, Database → MongoDB → Migrations).
describe.runIf(testDatabase() === 'sqlite')('committed migrations', () => {
  const opened: Payload[] = []
  afterAll(() => Promise.all(opened.map((payload) => payload.destroy())))

  it('should build exactly the schema the config defines', async () => {
    const migrated = await open(`migrated-${process.pid}`, false)
    opened.push(migrated)
    const { migrations } = await import('../../src/payload/migrations')
    await migrated.db.migrate({ migrations: migrations as never })
    const pushed = await open(`pushed-${process.pid}`, true)
    opened.push(pushed)
    const expected = await schemaOf(pushed)
    expect(expected.columns.length).toBeGreaterThan(100)
    expect(await schemaOf(migrated)).toEqual(expected)
  })
})
