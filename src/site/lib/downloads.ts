import { MATERIAL_PARTS } from '../../payload/constants/serviceGuides'

/** A file as a populated upload: an object with a public url, or an id the public may not read. */
type FileRef = { url?: string | null; filename?: string | null; alt?: string | null; mimeType?: string | null; filesize?: number | null } | string | number | null | undefined

export type DownloadSource = 'serviceGuides' | 'consultations' | 'pages' | 'policies'

/** The groups of the 下载中心, in the order it shows them. */
export const DOWNLOAD_SOURCE_LABELS: Record<DownloadSource, string> = {
  serviceGuides: '办事表格和填写样表',
  consultations: '征求意见稿',
  pages: '专题页面附件',
  policies: '政策文件附件',
}

export type Download = { name: string; href: string; filename?: string | null; mimeType?: string | null; filesize?: number | null; from: { title: string; href: string } }

export type DownloadGroup = { source: DownloadSource; label: string; files: Download[] }

/** One published document and the files it offers, each with the name the list shows when the file has no description. */
export type DownloadDoc = { title: string; href: string | null; files: { file: FileRef; fallbackName: string }[] }

const readable = (file: FileRef): file is Exclude<FileRef, string | number | null | undefined> & { url: string } =>
  typeof file === 'object' && file !== null && typeof file.url === 'string' && file.url !== ''

/**
 * The 下载中心's groups: every file a published document offers that the public may read (an
 * unpopulated id is a file the public may not read and is left out), linked to its document.
 * A file offered twice by one document is listed once; empty groups are dropped.
 */
export const groupDownloads = (docs: Record<DownloadSource, DownloadDoc[]>): DownloadGroup[] =>
  (Object.keys(DOWNLOAD_SOURCE_LABELS) as DownloadSource[])
    .map((source) => ({
      source,
      label: DOWNLOAD_SOURCE_LABELS[source],
      files: docs[source].flatMap((doc) => {
        if (!doc.href) return []
        const seen = new Set<string>()
        return doc.files.flatMap(({ file, fallbackName }) => {
          if (!readable(file) || seen.has(file.url)) return []
          seen.add(file.url)
          return [{ name: file.alt?.trim() || fallbackName, href: file.url, filename: file.filename, mimeType: file.mimeType, filesize: file.filesize, from: { title: doc.title, href: doc.href! } }]
        })
      }),
    }))
    .filter((group) => group.files.length > 0)

type GuideRow = { name?: string | null; blankForm?: FileRef; sample?: FileRef }

/** A guide's files: each material's blank form and filled-in sample. */
export const guideFiles = (materials: GuideRow[] | null | undefined) =>
  (materials ?? []).flatMap((row) =>
    (['blankForm', 'sample'] as const).map((part) => ({ file: row[part], fallbackName: `${row.name ?? ''}(${MATERIAL_PARTS[part]})` })),
  )

/** A list of attachments, each named by the document's title when it has no description. */
export const attachmentFiles = (files: FileRef[] | null | undefined, title: string) => (files ?? []).map((file) => ({ file, fallbackName: `${title}(附件)` }))
