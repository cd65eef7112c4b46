import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Data only: publication dates stored with an offset (2026-11-06T15:00:00+08:00, from the seed
 * and the importer) become UTC ISO text like every other date, so they sort and compare as
 * times (src/payload/fields/publishedAt.ts normalises new values). No schema change.
 */
const COLUMNS = [
  ['news', 'published_at'],
  ['_news_v', 'version_published_at'],
  ['policies', 'published_at'],
  ['_policies_v', 'version_published_at'],
  ['interpretations', 'published_at'],
  ['_interpretations_v', 'version_published_at'],
  ['veterans', 'published_at'],
  ['_veterans_v', 'version_published_at'],
  ['commendations', 'published_at'],
  ['_commendations_v', 'version_published_at'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [table, column] of COLUMNS) {
    const t = sql.identifier(table)
    const c = sql.identifier(column)
    await db.run(sql`UPDATE ${t} SET ${c} = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', ${c}), ${c}) WHERE ${c} IS NOT NULL AND ${c} NOT LIKE '%Z'`)
  }
}

/** Nothing to undo: the values name the same instants. */
export async function down(_: MigrateDownArgs): Promise<void> {}
