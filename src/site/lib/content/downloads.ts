import { publicPath } from '../../../shared'
import { attachmentFiles, type DownloadDoc, type DownloadSource, groupDownloads, guideFiles } from '../downloads'
import { FILE_FIELDS } from './pages'
import { findPublic } from './publicRead'

type Doc = { title: string; slug?: string | null; [field: string]: unknown }

/**
 * 下载中心: the files of published guides, consultations, pages and policies, read as the public
 * reads them (a draft is never read; a file the public may not read stays an id and is left out).
 */
export const getDownloads = async () => {
  const read = async (collection: DownloadSource, select: Record<string, true>, sort: string) =>
    (await findPublic({ collection, depth: 1, pagination: false, sort, select: { title: true, slug: true, ...select } as never, populate: { media: FILE_FIELDS } })).docs as unknown as Doc[]
  const [guides, consultations, pages, policies] = await Promise.all([
    read('serviceGuides', { materials: true }, 'title'),
    read('consultations', { draftAttachments: true }, '-opensAt'),
    read('pages', { attachments: true }, 'order'),
    read('policies', { attachments: true }, '-publishedAt'),
  ])
  const docs = (collection: DownloadSource, list: Doc[], files: (doc: Doc) => DownloadDoc['files']): DownloadDoc[] =>
    list.map((doc) => ({ title: doc.title, href: publicPath(collection, doc), files: files(doc) }))
  return groupDownloads({
    serviceGuides: docs('serviceGuides', guides, (doc) => guideFiles(doc.materials as never)),
    consultations: docs('consultations', consultations, (doc) => attachmentFiles(doc.draftAttachments as never, doc.title)),
    pages: docs('pages', pages, (doc) => attachmentFiles(doc.attachments as never, doc.title)),
    policies: docs('policies', policies, (doc) => attachmentFiles(doc.attachments as never, doc.title)),
  })
}
