/**
 * Attachments of a submission that was sent back to be corrected (a wrong answer to the check,
 * a field to fix), kept so the form without JavaScript does not ask for the files again — the
 * island keeps them in its file field. They wait on disk beside the stored attachments, in a
 * folder named by a keyed digest of the submission key (which only the submitter's page holds),
 * are added to the case when the corrected submission is stored, and are deleted after a day.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { dataDir } from '../../env'
import type { SecretKey } from '../domain/tracking'

/** What the form shows of a kept file: an id to remove it by, and the name it was chosen with. */
export type KeptFile = { id: string; name: string; size: number }

type File = { name: string; size: number; data: Buffer }

export const PENDING_KEEP_MS = 24 * 3_600_000

const root = () => path.join(dataDir(), 'enquiry-pending')
const INDEX = 'index.json'
const ID = /^[0-9a-f]{16}$/

/** The name as chosen, without any folder part, short enough to show. */
const shownName = (name: string) => (name.split(/[\\/]/).pop() || '附件').slice(0, 100)

export const pendingAttachments = (key: SecretKey) => {
  const folderOf = (submissionKey: string) => path.join(root(), createHmac('sha256', key).update(`pending:${submissionKey}`).digest('hex'))
  const indexOf = async (folder: string): Promise<KeptFile[]> => {
    const info = await stat(path.join(folder, INDEX)).catch(() => null)
    if (!info || Date.now() - info.mtimeMs > PENDING_KEEP_MS) return []
    return (JSON.parse(await readFile(path.join(folder, INDEX), 'utf8')) as KeptFile[]).filter((file) => ID.test(file.id))
  }
  const writeIndex = (folder: string, files: KeptFile[]) => writeFile(path.join(folder, INDEX), JSON.stringify(files), { mode: 0o600 })

  /** Deletes the folders of submissions that were never completed, older than a day. */
  const sweep = async () => {
    for (const name of await readdir(root()).catch(() => [] as string[])) {
      const info = await stat(path.join(root(), name)).catch(() => null)
      if (info && Date.now() - info.mtimeMs > PENDING_KEEP_MS) await rm(path.join(root(), name), { recursive: true, force: true })
    }
  }

  return {
    list: (submissionKey: string) => indexOf(folderOf(submissionKey)),

    /** The kept files with their content, ready to be stored with the case. */
    load: async (submissionKey: string): Promise<File[]> => {
      const folder = folderOf(submissionKey)
      const files = await indexOf(folder)
      return Promise.all(files.map(async (file) => ({ name: file.name, size: file.size, data: await readFile(path.join(folder, file.id)) })))
    },

    /** The submitter took these off the list (移除). */
    remove: async (submissionKey: string, ids: readonly string[]) => {
      const folder = folderOf(submissionKey)
      const files = await indexOf(folder)
      const left = files.filter((file) => !ids.includes(file.id))
      if (left.length === files.length) return
      for (const file of files) if (ids.includes(file.id)) await rm(path.join(folder, file.id), { force: true })
      await writeIndex(folder, left)
    },

    /** Adds `files` (already checked by the caller) up to `max` kept in all; the list as it now is. */
    keep: async (submissionKey: string, files: readonly File[], max: number): Promise<KeptFile[]> => {
      await sweep()
      const folder = folderOf(submissionKey)
      const kept = await indexOf(folder)
      const adding = files.slice(0, Math.max(0, max - kept.length))
      if (!adding.length) return kept
      await mkdir(folder, { recursive: true, mode: 0o700 })
      for (const file of adding) {
        const id = randomBytes(8).toString('hex')
        await writeFile(path.join(folder, id), file.data, { mode: 0o600 })
        kept.push({ id, name: shownName(file.name), size: file.size })
      }
      await writeIndex(folder, kept)
      return kept
    },

    /** The case is stored (or was already): its kept files are no longer needed. */
    clear: async (submissionKey: string) => {
      await rm(folderOf(submissionKey), { recursive: true, force: true })
      await sweep()
    },
  }
}
