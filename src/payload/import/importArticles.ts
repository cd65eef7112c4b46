import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload, TypedUser } from 'payload'

import type { ImportItemStatus } from '../constants/imports'
import type { NewsCategory } from '../constants/news'
import { normalizeOldPath, oldPathProblem } from '../../shared'
import { OLD_ADDRESSES } from '../oldAddresses'
import { describeError } from './describeError'
import { DuplicateIndex } from './duplicates/duplicateIndex'
import { lexicalText } from './lexicalText'
import { type PreparedArticle, prepareArticle } from './prepareArticle'
import { matchStations } from './suggest/matchStations'
import { toLexical } from './toLexical'
import type { StationCandidate } from './types'

/** Stated on a draft whose file names no source; the reviewer replaces it. */
const UNKNOWN_SOURCE = '来源待核实'

export type ImportFile = { name: string; data: Uint8Array }

export type ImportItem = {
  file: string
  status: ImportItemStatus
  reason?: string
  title?: string
  publishedAt?: string
  source?: string
  authors?: string[]
  editor?: string
  category?: NewsCategory
  categoryReason?: string
  stations?: StationCandidate[]
  warnings?: string[]
  newsId?: string
  duplicateOf?: string
  /** The cleaned body, as the admin preview shows it. */
  markdown?: string
}

export type ImportRun = {
  dryRun: boolean
  reportId?: string
  items: ImportItem[]
  counts: Record<ImportItemStatus, number>
}

export type ImportOptions = {
  /** Convert Traditional Chinese to Simplified (the original stays in the import record). */
  convertTraditional?: boolean
  /** Prepare and check everything, write nothing: the admin's preview. */
  dryRun?: boolean
  /** The editor importing; without one (the command line) access control is not applied. */
  user?: TypedUser | null
  /** Called after each file with the number done and the total, for a progress line or view. */
  onProgress?: (done: number, total: number) => void | Promise<void>
  /** The report to complete (an admin import's, made when it was queued); without one a new report is written. */
  reportId?: string
}

const loadKnownArticles = async (payload: Payload) => {
  const index = new DuplicateIndex()
  const { docs } = await payload.find({
    collection: 'news',
    draft: true,
    pagination: false,
    depth: 0,
    select: { title: true, publishedAt: true, body: true },
  })
  for (const doc of docs) {
    index.add({ id: String(doc.id), title: doc.title, publishedAt: doc.publishedAt, body: lexicalText(doc.body) })
  }
  return index
}

const loadStations = async (payload: Payload): Promise<StationCandidate[]> => {
  const { docs } = await payload.find({ collection: 'stations', draft: true, pagination: false, depth: 0, select: { name: true } })
  return docs.map((doc) => ({ id: String(doc.id), name: doc.name }))
}

const summary = (article: PreparedArticle, stations: StationCandidate[]): Omit<ImportItem, 'file' | 'status'> => ({
  title: article.title,
  publishedAt: article.publishedAt,
  source: article.source,
  authors: article.authors,
  editor: article.editor,
  category: article.category.category,
  categoryReason: article.category.reason,
  stations,
  warnings: article.warnings,
  markdown: article.markdown,
})

/**
 * The old address of an imported article redirects to it once it is published (旧网址跳转). An
 * address that already redirects elsewhere, or that the site cannot take, is left alone and
 * said in the report: the returned line.
 */
const addOldAddress = async (payload: Payload, originalUrl: string, newsId: string, user: TypedUser | null): Promise<string | undefined> => {
  const from = normalizeOldPath(originalUrl)
  const problem = from ? oldPathProblem(from) : '不是有效的网址'
  if (!from || problem) return `原网址 ${originalUrl} 未设置跳转:${problem}`
  const taken = await payload.count({ collection: OLD_ADDRESSES, where: { from: { equals: from } } })
  if (taken.totalDocs > 0) return `原网址 ${from} 已设置跳转到其他内容,本文未再设置`
  try {
    await payload.create({
      collection: OLD_ADDRESSES,
      user,
      overrideAccess: !user,
      depth: 0,
      data: { from, to: { relationTo: 'news', value: newsId } },
    })
    return undefined
  } catch (error) {
    return `原网址 ${from} 未设置跳转:${describeError(error)}`
  }
}

/**
 * Imports old articles as news drafts — never published — skipping any already on the site or
 * earlier in the same batch, and records a report (per file: imported, skipped or failed, and why).
 */
export const importArticles = async (payload: Payload, files: readonly ImportFile[], options: ImportOptions = {}): Promise<ImportRun> => {
  const { convertTraditional = true, dryRun = false, user = null, onProgress, reportId } = options
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const known = await loadKnownArticles(payload)
  const stations = await loadStations(payload)
  const importedAt = new Date().toISOString()
  const items: ImportItem[] = []

  for (const [index, file] of files.entries()) {
    if (index > 0) await onProgress?.(index, files.length)
    let article: PreparedArticle
    try {
      article = prepareArticle(file.name, file.data, { convertTraditional })
    } catch (error) {
      items.push({ file: file.name, status: 'failed', reason: describeError(error) })
      continue
    }
    const suggestedStations = matchStations(`${article.title}\n${article.plainText}`, stations)
    const item: ImportItem = { file: file.name, status: 'imported', ...summary(article, suggestedStations) }
    const duplicate = known.find({ title: article.title, publishedAt: article.publishedAt, body: article.plainText })
    if (duplicate) {
      items.push({ ...item, status: 'skipped', reason: `${duplicate.reason}:《${duplicate.title}》`, duplicateOf: duplicate.id })
      continue
    }
    if (dryRun) {
      known.add({ id: file.name, title: article.title, publishedAt: article.publishedAt, body: article.plainText })
      items.push(item)
      continue
    }
    try {
      const news = await payload.create({
        collection: 'news',
        draft: true,
        user,
        overrideAccess: !user,
        context: { importing: true },
        data: {
          _status: 'draft',
          title: article.title,
          category: article.category.category,
          body: toLexical(article.paragraphs, (markdown) => convertMarkdownToLexical({ editorConfig, markdown })) as never,
          source: article.source ?? UNKNOWN_SOURCE,
          author: article.authors.join('、') || undefined,
          editor: article.editor,
          publishedAt: article.publishedAt,
          importRecord: {
            sourceFile: file.name,
            originalUrl: article.originalUrl,
            importedAt,
            suggestedCategory: article.category.category,
            categoryReason: article.category.reason,
            suggestedStations: suggestedStations.map((station) => station.id),
            warnings: article.warnings.join('\n') || undefined,
            convertedFromTraditional: article.convertedFromTraditional,
            originalText: article.originalText,
          },
        },
      })
      known.add({ id: String(news.id), title: article.title, publishedAt: article.publishedAt, body: article.plainText })
      const redirect = article.originalUrl ? await addOldAddress(payload, article.originalUrl, String(news.id), user) : undefined
      items.push({ ...item, newsId: String(news.id), ...(redirect && { warnings: [...(item.warnings ?? []), redirect] }) })
    } catch (error) {
      items.push({ ...item, status: 'failed', reason: describeError(error) })
    }
  }

  await onProgress?.(files.length, files.length)
  const counts = { imported: 0, skipped: 0, failed: 0 }
  for (const item of items) counts[item.status] += 1
  if (dryRun) return { dryRun, items, counts }

  const outcome = {
    ...counts,
    items: items.map((item) => ({
      file: item.file,
      status: item.status,
      reason: item.reason,
      title: item.title,
      warnings: item.warnings?.join('\n') || undefined,
      news: item.newsId,
      duplicateOf: item.duplicateOf,
    })),
  }
  const report = reportId
    ? await payload.update({
        collection: 'importReports',
        id: reportId,
        overrideAccess: true,
        context: { importing: true },
        depth: 0,
        data: { ...outcome, state: 'done', done: files.length, total: files.length },
      })
    : await payload.create({
        collection: 'importReports',
        overrideAccess: true,
        context: { importing: true },
        depth: 0,
        data: { startedBy: user?.id, convertTraditional, ...outcome },
      })
  return { dryRun, reportId: String(report.id), items, counts }
}
