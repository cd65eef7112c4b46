import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { IMPORT_QUEUE } from '../../src/payload/constants/imports'
import type { ImportFile } from '../../src/payload/import/importArticles'
import { queueImport } from '../../src/payload/import/importJob'
import type { User } from '../../src/payload-types'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const CORPUS = path.resolve('tests/fixtures/import-corpus')

/** The test corpus's articles: enough files that the job runs for a while. */
const corpusFiles = (): ImportFile[] =>
  readdirSync(CORPUS)
    .filter((name) => /\.(txt|html?)$/u.test(name))
    .sort()
    .map((name) => ({ name, data: readFileSync(path.join(CORPUS, name)) }))

describe('the admin import as a job', () => {
  let payload: Payload
  let editor: User

  const reportOf = (id: string) => payload.findByID({ collection: 'importReports', id, depth: 0 })
  const storedFiles = async (report: string) => (await payload.count({ collection: 'importFiles', where: { report: { equals: report } } })).totalDocs
  const draftsFrom = async (names: string[]) =>
    (await payload.count({ collection: 'news', where: { 'importRecord.sourceFile': { in: names } } })).totalDocs

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@demo.example' } }, limit: 1 })).docs[0] as User
  })
  afterAll(() => releaseTestPayload(payload))

  it('should store the upload with a queued report and import nothing until the job runs', async () => {
    const files = corpusFiles().slice(0, 3)
    const reportId = await queueImport(payload, files, { convertTraditional: true, user: { ...editor, collection: 'users' } })
    expect(await reportOf(reportId)).toMatchObject({ state: 'queued', total: 3, done: 0, startedBy: editor.id })
    expect(await storedFiles(reportId)).toBe(3)
    expect(await draftsFrom(files.map((file) => file.name))).toBe(0)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: IMPORT_QUEUE }, completedAt: { exists: false } }, depth: 0 })
    expect(jobs.docs.map((job) => job.input)).toContainEqual({ report: reportId })
    // Run it, so the next test starts with an empty queue.
    await payload.jobs.run({ queue: IMPORT_QUEUE })
    expect(await reportOf(reportId)).toMatchObject({ state: 'done', total: 3, done: 3 })
  })

  it('should import as a job, show its progress as it goes, and leave no upload behind', async () => {
    const files = corpusFiles().slice(3)
    const reportId = await queueImport(payload, files, { convertTraditional: true, user: { ...editor, collection: 'users' } })
    // What the progress view would read, write by write: the report as each save leaves it. (The
    // job runs in this process here, on a synchronous driver, so a reader beside it would never get a turn.)
    const seen: { state?: string | null; done?: number | null }[] = []
    const hooks = payload.collections.importReports.config.hooks
    const watch = ({ doc }: { doc: { id: unknown; state?: string | null; done?: number | null } }) => {
      if (String(doc.id) === reportId) seen.push({ state: doc.state, done: doc.done })
      return doc
    }
    hooks.afterChange = [...(hooks.afterChange ?? []), watch as never]
    try {
      await payload.jobs.run({ queue: IMPORT_QUEUE })
    } finally {
      hooks.afterChange = hooks.afterChange.filter((hook) => hook !== (watch as never))
    }

    const report = await reportOf(reportId)
    expect(report).toMatchObject({ state: 'done', total: files.length, done: files.length })
    expect((report.imported ?? 0) + (report.skipped ?? 0) + (report.failed ?? 0)).toBe(files.length)
    // The corpus repeats some bodies on purpose: those are skipped as duplicates, the rest imported.
    expect(report.imported).toBeGreaterThanOrEqual(10)
    expect(report.items?.filter((item) => item.status === 'skipped').every((item) => item.reason?.startsWith('正文与已有文章几乎相同'))).toBe(true)
    expect(report.items).toHaveLength(files.length)
    // Running before done, and the count of files done never went back.
    expect(seen[0]).toEqual({ state: 'running', done: 0 })
    expect(seen.map((entry) => entry.state)).toEqual([...seen.slice(0, -1).map(() => 'running'), 'done'])
    const counts = seen.map((entry) => entry.done ?? 0)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(await storedFiles(reportId)).toBe(0)
    // Drafts, made as the editor who uploaded them.
    const drafts = await payload.find({ collection: 'news', draft: true, depth: 0, pagination: false, where: { 'importRecord.sourceFile': { in: files.map((file) => file.name) } } })
    expect(drafts.docs.length).toBe(report.imported)
    expect(drafts.docs.every((doc) => doc._status === 'draft')).toBe(true)
  })

  it('should stop with the reason when the account that started it is gone, and delete the upload', async () => {
    const leaver = await payload.create({ collection: 'users', data: { email: `leaver-${process.pid}@test.example`, name: '离职编辑', roles: ['editor'], password: 'leaver-test-1' } })
    const reportId = await queueImport(payload, corpusFiles().slice(0, 1), { convertTraditional: true, user: { ...leaver, collection: 'users' } as never })
    await payload.delete({ collection: 'users', id: leaver.id })
    await payload.jobs.run({ queue: IMPORT_QUEUE })
    expect(await reportOf(reportId)).toMatchObject({ state: 'failed', error: expect.stringContaining('账号已不存在') })
    expect(await storedFiles(reportId)).toBe(0)
  })

  it('should run an import once: a report no longer queued is left alone', async () => {
    const reportId = await queueImport(payload, corpusFiles().slice(0, 1), { convertTraditional: true, user: { ...editor, collection: 'users' } })
    await payload.update({ collection: 'importReports', id: reportId, data: { state: 'done' } })
    await payload.jobs.run({ queue: IMPORT_QUEUE })
    expect(await reportOf(reportId)).toMatchObject({ state: 'done', imported: 0 })
  })
})
