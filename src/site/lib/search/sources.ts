import { ABOUT_PATH } from '../../../payload/constants/bureau'
import { publicPath } from '../../../shared'
import { publishedAnswersByIds, publishedAnswerVersions } from '../enquiries'
import { richTextToPlain } from '../richText'
import { ENQUIRY_PATHS } from '../sitePaths'

export const SEARCH_TYPES = {
  news: '新闻',
  policies: '政策法规',
  interpretations: '政策解读',
  serviceGuides: '办事指南',
  consultations: '意见征集',
  pages: '专题页面',
  stations: '服务站点',
  veterans: '先进典型',
  commendations: '表扬通报',
  leaders: '领导信息',
  orgUnits: '机构设置',
  answers: '留言选登',
} as const

export type SearchType = keyof typeof SEARCH_TYPES

/** One searchable page: `text` as written (the index normalises it), `url` where it is read. */
export type Entry = { id: string; type: SearchType; title: string; text: string; url: string; date?: string | null }

// Payload's documents arrive as the generated types; the sources only read a few fields.
type Doc = Record<string, unknown> & { id: string | number }
const str = (value: unknown) => (typeof value === 'string' ? value : '')
/** The named text fields of an array field's rows (a guide's materials, steps, questions). */
const rows = (value: unknown, fields: string[]): string[] =>
  Array.isArray(value) ? value.flatMap((row: Record<string, unknown>) => fields.map((field) => str(row?.[field]))) : []
const url = (collection: SearchType, doc: Doc) => publicPath(collection, doc as { slug?: string; category?: string }) ?? ''

/** A public document's id and version (`updatedAt`): what tells the index a document changed. */
export type Listed = { id: string | number; updatedAt?: string }

/**
 * How a type's documents are read: by default a collection read with the public's access (the
 * fields in `select`). A type the public cannot read as a collection (留言选登 are enquiries)
 * names its own narrow reads instead.
 */
export type Source =
  | { collection: Exclude<SearchType, 'answers'>; select: Record<string, true>; toEntry: (doc: Doc) => Entry }
  | { read: { versions: (since?: string) => Promise<Listed[]>; byIds: (ids: string[]) => Promise<Doc[]> }; toEntry: (doc: Doc) => Entry }

/** What is searched, per type: the collection, the fields read and how a document becomes an entry. */
export const SEARCH_SOURCES: Record<SearchType, Source> = {
  news: {
    collection: 'news',
    select: { title: true, slug: true, category: true, body: true, summary: true, publishedAt: true },
    toEntry: (doc) => ({ id: `news:${doc.id}`, type: 'news', title: str(doc.title), text: `${str(doc.summary)} ${richTextToPlain(doc.body)}`, url: url('news', doc), date: doc.publishedAt as string | null }),
  },
  policies: {
    collection: 'policies',
    select: { title: true, slug: true, body: true, documentNumber: true, publishedAt: true },
    toEntry: (doc) => ({ id: `policies:${doc.id}`, type: 'policies', title: str(doc.title), text: `${str(doc.documentNumber)} ${richTextToPlain(doc.body)}`, url: url('policies', doc), date: doc.publishedAt as string | null }),
  },
  interpretations: {
    collection: 'interpretations',
    select: { title: true, slug: true, body: true, publishedAt: true },
    toEntry: (doc) => ({ id: `interpretations:${doc.id}`, type: 'interpretations', title: str(doc.title), text: richTextToPlain(doc.body), url: url('interpretations', doc), date: doc.publishedAt as string | null }),
  },
  serviceGuides: {
    collection: 'serviceGuides',
    select: { title: true, slug: true, conditions: true, materials: true, steps: true, faq: true, publishedAt: true },
    toEntry: (doc) => ({
      id: `serviceGuides:${doc.id}`,
      type: 'serviceGuides',
      title: str(doc.title),
      text: [richTextToPlain(doc.conditions), ...rows(doc.materials, ['name', 'note']), ...rows(doc.steps, ['title', 'description']), ...rows(doc.faq, ['question', 'answer'])].join(' '),
      url: url('serviceGuides', doc),
      date: doc.publishedAt as string | null,
    }),
  },
  consultations: {
    collection: 'consultations',
    select: { title: true, slug: true, summary: true, draft: true, feedback: true, publishedAt: true },
    toEntry: (doc) => ({
      id: `consultations:${doc.id}`,
      type: 'consultations',
      title: str(doc.title),
      text: `${str(doc.summary)} ${richTextToPlain(doc.draft)} ${richTextToPlain((doc.feedback as { summary?: unknown } | undefined)?.summary)}`,
      url: url('consultations', doc),
      date: doc.publishedAt as string | null,
    }),
  },
  pages: {
    collection: 'pages',
    select: { title: true, slug: true, summary: true, body: true, publishedAt: true },
    toEntry: (doc) => ({ id: `pages:${doc.id}`, type: 'pages', title: str(doc.title), text: `${str(doc.summary)} ${richTextToPlain(doc.body)}`, url: url('pages', doc), date: doc.publishedAt as string | null }),
  },
  stations: {
    collection: 'stations',
    select: { name: true, slug: true, address: true, story: true, services: true, facilities: true },
    toEntry: (doc) => ({
      id: `stations:${doc.id}`,
      type: 'stations',
      title: str(doc.name),
      text: [str(doc.address), ...rows(doc.services, ['title', 'description']), ...rows(doc.facilities, ['name']), richTextToPlain(doc.story)].join(' '),
      url: url('stations', doc),
    }),
  },
  veterans: {
    collection: 'veterans',
    select: { name: true, slug: true, summary: true, story: true, publishedAt: true },
    toEntry: (doc) => ({ id: `veterans:${doc.id}`, type: 'veterans', title: str(doc.name), text: `${str(doc.summary)} ${richTextToPlain(doc.story)}`, url: url('veterans', doc), date: doc.publishedAt as string | null }),
  },
  commendations: {
    collection: 'commendations',
    select: { title: true, slug: true, issuer: true, documentNumber: true, body: true, honourees: true, date: true },
    toEntry: (doc) => ({
      id: `commendations:${doc.id}`,
      type: 'commendations',
      title: str(doc.title),
      text: [str(doc.issuer), str(doc.documentNumber), ...rows((doc.honourees as { staff?: unknown } | undefined)?.staff, ['name', 'role']), richTextToPlain(doc.body)].join(' '),
      url: url('commendations', doc),
      date: doc.date as string | null,
    }),
  },
  // 机构概况 has one page: a leader or a unit is found at its section of it.
  leaders: {
    collection: 'leaders',
    select: { name: true, slug: true, position: true, duties: true, resume: true },
    toEntry: (doc) => ({ id: `leaders:${doc.id}`, type: 'leaders', title: `${str(doc.name)} ${str(doc.position)}`, text: `${str(doc.duties)} ${str(doc.resume)}`, url: `${ABOUT_PATH}#leader-${str(doc.slug)}` }),
  },
  orgUnits: {
    collection: 'orgUnits',
    select: { name: true, slug: true, duties: true, phone: true, address: true },
    toEntry: (doc) => ({ id: `orgUnits:${doc.id}`, type: 'orgUnits', title: str(doc.name), text: `${str(doc.duties)} ${str(doc.phone)} ${str(doc.address)}`, url: `${ABOUT_PATH}#unit-${str(doc.slug)}` }),
  },
  // 留言选登: the case engine's public view of an answered enquiry, the text the handler cleared of personal data.
  answers: {
    read: { versions: publishedAnswerVersions, byIds: publishedAnswersByIds },
    toEntry: (doc) => ({
      id: `answers:${doc.id}`,
      type: 'answers',
      title: str(doc.subject),
      text: `${str(doc.body)} ${str(doc.answeringDepartment)} ${str(doc.reply)}`,
      url: `${ENQUIRY_PATHS.answers}/${doc.id}`,
      date: doc.answeredAt as string | null,
    }),
  },
}
