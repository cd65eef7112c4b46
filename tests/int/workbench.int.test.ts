import { sql } from '@payloadcms/db-sqlite'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { WorkflowDashboard } from '../../src/payload/workflow/admin/WorkflowDashboard'
import { latestVersionIndexName, versionsTable } from '../../src/payload/workflow/versionIndexes'
import { testDatabase } from '../helpers/testDatabase'
import { useReviewTeam, writeNews } from '../helpers/workflowFixtures'

/**
 * The workbench (我的工作台) lists each person's drafts, what waits for their stage and what is
 * scheduled, each asked of the database without an `or` across workflow fields, so that SQLite
 * reads them through the latest-version indexes (src/payload/workflow/versionIndexes.ts) instead
 * of every latest version of a collection (bench/adminScale.ts).
 */
describe('the workbench', () => {
  const { team, step } = useReviewTeam()
  const workbench = async (user: User) => {
    const section = (await WorkflowDashboard({ payload: team.payload, user }))!
    const html = renderToStaticMarkup(section)
    // The text of each block, by its heading.
    return Object.fromEntries(
      [...html.matchAll(/<h3>([^<]+)<\/h3>(.*?)(?=<\/div>)/g)].map(([, heading, block]) => [heading, block.replace(/<[^>]+>/g, ' ')]),
    ) as Record<string, string>
  }

  it('should list a draft for its author, then for each stage in turn, then for the publisher, and its schedule', async () => {
    const { id, title } = await writeNews(team.payload, team.editor)
    expect((await workbench(team.editor))['我的草稿']).toContain(title)
    expect((await workbench(team.reviewer))['待我审核']).not.toContain(title)

    await step(id, team.editor, 'submit')
    expect((await workbench(team.editor))['我的草稿']).not.toContain(title)
    expect((await workbench(team.reviewer))['待我审核']).toContain(title)
    await step(id, team.reviewer, 'approve')
    expect((await workbench(team.reviewer2))['待我审核']).toContain(title)
    await step(id, team.reviewer2, 'approve')
    // Approved: it waits for the publisher (the second kind of waiting, asked on its own).
    expect((await workbench(team.publisher))['待我审核']).toContain(title)
    expect((await workbench(team.reviewer))['待我审核']).not.toContain(title)

    await step(id, team.publisher, 'schedule', { at: new Date(Date.now() + 7 * 86_400_000).toISOString() })
    const scheduled = (await workbench(team.editor))['定时发布与下线(北京时间)']
    expect(scheduled).toContain(title)
    // Listed once, though asked for twice (scheduled, and going offline).
    expect(scheduled.split(title)).toHaveLength(2)
  })

  it.runIf(testDatabase() === 'sqlite')('should read the latest drafts and those going offline through their indexes on SQLite', async () => {
    const db = (team.payload.db as unknown as { drizzle: { all: (query: unknown) => Promise<{ detail: string }[]> } }).drizzle
    const plan = async (query: ReturnType<typeof sql>) => (await db.all(sql`EXPLAIN QUERY PLAN ${query}`)).map((row) => row.detail).join(' | ')
    const table = sql.identifier(versionsTable('news'))
    // As Payload asks them: latest versions only, in the collection's order (newest first).
    const order = sql`ORDER BY "version_published_at" DESC, "created_at" DESC LIMIT 20`
    expect(await plan(sql`SELECT id FROM ${table} WHERE "latest" = 1 AND "version_workflow_state" IN ('draft', 'returned') AND "version_created_by_id" = 'x' ${order}`)).toContain(
      latestVersionIndexName('news', 'workflowState'),
    )
    expect(await plan(sql`SELECT id FROM ${table} WHERE "latest" = 1 AND "version_unpublish_at" IS NOT NULL ${order}`)).toContain(
      latestVersionIndexName('news', 'unpublishAt'),
    )
  })
})
