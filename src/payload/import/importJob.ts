/**
 * The admin's import as a job: the upload is stored with a report in state "queued"
 * (queueImport), the jobs runner imports the files (importTask) and writes its progress into
 * the report as it goes, so the editor may leave the import view and come back to it
 * (/admin/import?report=<id>) or read the report in the list.
 */
import type { Payload, TaskConfig, TypedUser } from 'payload'

import { IMPORT_QUEUE } from '../constants/imports'
import { describeError } from './describeError'
import { type ImportFile, importArticles } from './importArticles'

export const IMPORT_TASK = 'importArticles'

/** The report is written at most this often while files are imported (and once at the end). */
const PROGRESS_EVERY_MS = 1000

type QueueOptions = { convertTraditional: boolean; user: TypedUser }

/** Stores the files with a queued report and queues the job; returns the report's id. */
export const queueImport = async (payload: Payload, files: readonly ImportFile[], { convertTraditional, user }: QueueOptions): Promise<string> => {
  const report = await payload.create({
    collection: 'importReports',
    overrideAccess: true,
    context: { importing: true },
    depth: 0,
    data: { startedBy: user.id, convertTraditional, state: 'queued', total: files.length, done: 0, imported: 0, skipped: 0, failed: 0 },
  })
  try {
    for (const [position, file] of files.entries()) {
      await payload.create({
        collection: 'importFiles',
        overrideAccess: true,
        depth: 0,
        data: { report: report.id, position, name: file.name, data: Buffer.from(file.data).toString('base64') },
      })
    }
    await payload.jobs.queue({ task: IMPORT_TASK, queue: IMPORT_QUEUE, input: { report: String(report.id) } })
  } catch (error) {
    // Nothing half-queued stays behind: no report that would wait for ever.
    await payload.delete({ collection: 'importFiles', where: { report: { equals: report.id } }, overrideAccess: true }).catch(() => null)
    await payload.delete({ collection: 'importReports', id: report.id, overrideAccess: true }).catch(() => null)
    throw error
  }
  return String(report.id)
}

const loadFiles = async (payload: Payload, reportId: string): Promise<ImportFile[]> => {
  const { docs } = await payload.find({
    collection: 'importFiles',
    where: { report: { equals: reportId } },
    sort: 'position',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => ({ name: doc.name, data: new Uint8Array(Buffer.from(doc.data, 'base64')) }))
}

/**
 * Imports a queued report's files as the editor who uploaded them (their access applies, as it
 * did at the upload), writing the progress into the report; the stored files are deleted at the
 * end, whatever happened. A report that is not queued (run already) is left alone.
 */
export const runQueuedImport = async (payload: Payload, reportId: string): Promise<{ imported: number; skipped: number; failed: number }> => {
  const report = await payload.findByID({ collection: 'importReports', id: reportId, depth: 0, overrideAccess: true }).catch(() => null)
  if (!report || report.state !== 'queued') return { imported: 0, skipped: 0, failed: 0 }
  const setReport = (data: Record<string, unknown>) =>
    payload.update({ collection: 'importReports', id: reportId, data, depth: 0, overrideAccess: true, context: { importing: true } })
  try {
    const starter = report.startedBy ? await payload.findByID({ collection: 'users', id: String(report.startedBy), depth: 0, overrideAccess: true }).catch(() => null) : null
    if (!starter) throw new Error('发起导入的账号已不存在')
    const files = await loadFiles(payload, reportId)
    await setReport({ state: 'running', done: 0, total: files.length })
    let written = Date.now()
    const run = await importArticles(payload, files, {
      convertTraditional: report.convertTraditional !== false,
      user: { ...starter, collection: 'users' } as TypedUser,
      reportId,
      onProgress: async (done, total) => {
        if (done >= total || Date.now() - written < PROGRESS_EVERY_MS) return
        written = Date.now()
        await setReport({ done })
      },
    })
    return run.counts
  } catch (error) {
    await setReport({ state: 'failed', error: describeError(error) }).catch(() => null)
    throw error
  } finally {
    await payload.delete({ collection: 'importFiles', where: { report: { equals: reportId } }, overrideAccess: true }).catch(() => null)
  }
}

/** On the import queue, which only the jobs runner runs; not retried: a second run would find its own drafts as duplicates. */
export const importTask: TaskConfig = {
  slug: IMPORT_TASK,
  label: '导入旧文章',
  retries: 0,
  inputSchema: [{ name: 'report', type: 'text', required: true }],
  outputSchema: [
    { name: 'imported', type: 'number' },
    { name: 'skipped', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ input, req }) => ({ output: await runQueuedImport(req.payload, (input as { report: string }).report) }),
}
