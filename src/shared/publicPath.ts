/**
 * Where the public site shows a document of a collection: the one mapping used by the sitemap,
 * search, rich-text internal links and the admin's link picker (which offers these collections).
 */

type PathDoc = { slug?: string | null; category?: string | null }

const at = (...parts: (string | null | undefined)[]): string | null =>
  parts.every((part) => typeof part === 'string' && part !== '') ? `/${parts.map((part) => encodeURIComponent(part!)).join('/')}` : null

const PUBLIC_PATHS = {
  news: (doc: PathDoc) => at('news', doc.category, doc.slug),
  policies: (doc: PathDoc) => at('policies', doc.slug),
  interpretations: (doc: PathDoc) => at('interpretations', doc.slug),
  serviceGuides: (doc: PathDoc) => at('services', doc.slug),
  consultations: (doc: PathDoc) => at('consultations', doc.slug),
  pages: (doc: PathDoc) => at('pages', doc.slug),
  stations: (doc: PathDoc) => at('stations', doc.slug),
  veterans: (doc: PathDoc) => at('veterans', doc.slug),
  commendations: (doc: PathDoc) => at('commendations', doc.slug),
} as const

export type PublicCollection = keyof typeof PUBLIC_PATHS

/** The collections with public pages, in the order the sitemap lists them. */
export const PUBLIC_COLLECTIONS = Object.keys(PUBLIC_PATHS) as PublicCollection[]

/**
 * The public path of `doc` (a document of `collection`, with the fields its path needs), or null
 * when the collection has no public pages or the document lacks those fields.
 */
export const publicPath = (collection: string, doc: PathDoc): string | null =>
  Object.hasOwn(PUBLIC_PATHS, collection) ? PUBLIC_PATHS[collection as PublicCollection](doc) : null
