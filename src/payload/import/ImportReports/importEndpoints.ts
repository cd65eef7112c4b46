import type { Endpoint, PayloadHandler } from 'payload'

import { userHasRole } from '../../access/userHasRole'
import { CONTENT_ROLES } from '../../constants/roles'
import { type ImportFile, importArticles } from '../importArticles'
import { queueImport } from '../importJob'

const MAX_FILES = 200
const MAX_BYTES = 20 * 1024 * 1024

const fail = (status: number, error: string) => Response.json({ errors: [{ message: error }] }, { status })

/**
 * Both steps of the admin's import: `preview` checks the uploaded files and answers what the
 * importer makes of them; `run` stores them and queues the import job (importJob.ts), answering
 * 202 with the report that shows its progress.
 */
const handleImport =
  (dryRun: boolean): PayloadHandler =>
  async (req) => {
    if (!req.user || !userHasRole(req.user, CONTENT_ROLES)) return fail(403, '只有内容编辑人员可以导入文章')
    const form = await req.formData?.().catch(() => undefined)
    if (!form) return fail(400, '请以表单方式上传文件')
    const uploads = form.getAll('files').filter((value): value is File => typeof value !== 'string')
    if (uploads.length === 0) return fail(400, '请选择要导入的文件(纯文本或 HTML)')
    if (uploads.length > MAX_FILES) return fail(400, `一次最多导入 ${MAX_FILES} 个文件`)
    if (uploads.reduce((total, file) => total + file.size, 0) > MAX_BYTES) return fail(400, '文件总大小不能超过 20 MB')
    const files: ImportFile[] = await Promise.all(
      uploads.map(async (file) => ({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) })),
    )
    const convertTraditional = form.get('convertTraditional') !== 'false'
    if (!dryRun) {
      const reportId = await queueImport(req.payload, files, { convertTraditional, user: req.user })
      return Response.json({ reportId, total: files.length }, { status: 202 })
    }
    return Response.json(await importArticles(req.payload, files, { convertTraditional, dryRun, user: req.user }))
  }

export const importEndpoints: Endpoint[] = [
  { path: '/preview', method: 'post', handler: handleImport(true) },
  { path: '/run', method: 'post', handler: handleImport(false) },
]
