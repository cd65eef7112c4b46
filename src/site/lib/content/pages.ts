import type { Media, Page } from '../../../payload-types'
import { findPublic } from './publicRead'

/** The fields of a file the public site links to. */
export const FILE_FIELDS = { url: true, filename: true, alt: true, mimeType: true, filesize: true } as const

/** A published page with its attachments (only the files' public fields). */
export const getPage = async (slug: string) =>
  ((
    await findPublic({
      collection: 'pages',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      pagination: false,
      populate: { media: FILE_FIELDS },
    })
  ).docs[0] ?? null) as Page | null

/** The attachments of a page the public may download (a file it may not read stays an id and is left out). */
export const pageFiles = (page: Pick<Page, 'attachments'>): Media[] =>
  (page.attachments ?? []).filter((file): file is Media => typeof file === 'object' && file !== null && Boolean(file.url))
