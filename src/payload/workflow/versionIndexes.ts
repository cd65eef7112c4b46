/**
 * Indexes on the reviewed collections' versions tables (SQLite) for the workbench's queries: the
 * latest version of each item in a workflow state (my drafts, waiting for my stage, scheduled)
 * and the latest versions due to go offline.
 *
 * Payload indexes each field alone, and SQLite then reads `latest = 1` through the `latest` index:
 * every row of a collection, since every item has a latest version. With 10,000 news items each
 * workbench query read all 10,000 (~25 ms each, ~80 ms per list of queries), to find the three
 * drafts. `latest` is Payload's own column, not a field, so a collection's `indexes` cannot name
 * it; the adapter's afterSchemaInit hook adds it (and migrations carry the indexes).
 *
 * MongoDB needs none of this: its planner tries the candidate indexes on the query itself and
 * keeps the one that finds the few documents (`version.workflowState`, `version.unpublishAt`).
 * The queries avoid `or` across these fields (admin/WorkflowDashboard.tsx), which SQLite would
 * answer by reading every latest version again.
 */
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

import { WORKFLOW_COLLECTIONS } from './chains'

/** The fields read together with `latest`. */
export const LATEST_VERSION_INDEXES = ['workflowState', 'unpublishAt'] as const

const snake = (slug: string) => slug.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** The versions table of a reviewed collection, as Payload names it. */
export const versionsTable = (slug: string) => `_${snake(slug)}_v`

export const latestVersionIndexName = (slug: string, field: string) => `${versionsTable(slug)}_latest_${snake(field)}_idx`

export const latestVersionIndexes: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const slug of WORKFLOW_COLLECTIONS) {
    const table = schema.tables[versionsTable(slug)]
    if (!table) throw new Error(`no versions table for the reviewed collection ${slug}`)
    extendTable({
      table,
      extraConfig: (columns) => {
        return Object.fromEntries(
          // Payload keys a versions table's columns by `version_` and the field's name.
          LATEST_VERSION_INDEXES.map((field) => [
            latestVersionIndexName(slug, field),
            index(latestVersionIndexName(slug, field)).on(columns.latest, columns[`version_${field}`]),
          ]),
        )
      },
    })
  }
  return schema
}
