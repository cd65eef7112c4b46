import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../shared'
import { consultationProblems } from './consultation'
import { findWords } from './findWords'
import { internalLinks, plainText, type RichText, uploadIds } from './lexical'
import { LINKED_FIELDS, linkedIds, linkedProblems, type LinkedTarget } from './linkedContent'
import { missingMetadata } from './metadata'
import { findUnmaskedPersonalData, maskForDisplay } from './personalData'
import { serviceGuideProblems } from './serviceGuide'

export type CheckIssue = {
  check: 'altText' | 'internalLink' | 'linkedContent' | 'metadata' | 'guideElement' | 'consultation' | 'bannedWord' | 'sensitiveWord' | 'personalData'
  message: string
}

export type CheckReport = { errors: CheckIssue[]; warnings: CheckIssue[] }

/** Name-list content, where an ID-card or phone number must never appear unmasked. */
const NAME_LIST_COLLECTIONS = new Set(['commendations', 'veterans'])

type Doc = Record<string, unknown>

const words = (list: unknown) => (typeof list === 'string' ? list.split(/\r?\n/) : [])

const richTexts = (doc: Doc): RichText[] =>
  [doc.body, doc.story, doc.conditions, doc.draft, (doc.feedback as Doc | undefined)?.summary].filter(Boolean) as RichText[]

const rowsOf = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])
const joined = (value: unknown, parts: string[]) => rowsOf(value).map((row) => parts.map((part) => row[part] ?? '').join(' ')).join('\n')

const imageIds = (doc: Doc): string[] => {
  const head = doc.head as Doc | undefined
  const fields = [doc.cover, doc.photo, head?.photo, ...((doc.photos as unknown[]) ?? [])]
  return [...fields.map((field) => idOf(field)), ...richTexts(doc).flatMap(uploadIds)].filter((id): id is string => Boolean(id))
}

/** The text a reader sees, field by field, so a hit can say where it is. */
const readableText = (collection: string, doc: Doc): { where: string; text: string }[] => {
  const segments = [
    { where: '标题', text: doc.title ?? doc.name },
    { where: '摘要', text: doc.summary },
    { where: '受表扬对象', text: joined((doc.honourees as Doc | undefined)?.staff, ['name', 'role']) },
    ...[doc.body, doc.story, doc.draft].map((richText) => ({ where: '正文', text: plainText(richText as RichText) })),
    { where: '反馈情况', text: plainText((doc.feedback as Doc | undefined)?.summary as RichText) },
    { where: '受理条件', text: plainText(doc.conditions as RichText) },
    { where: '申请材料', text: joined(doc.materials, ['name', 'note']) },
    { where: '办理流程', text: joined(doc.steps, ['title', 'description']) },
    { where: '常见问题', text: joined(doc.faq, ['question', 'answer']) },
    { where: '职务', text: doc.position },
    { where: collection === 'orgUnits' ? '主要职责' : '分管工作', text: doc.duties },
    { where: '简历', text: doc.resume },
  ]
  return segments.filter((segment): segment is { where: string; text: string } => typeof segment.text === 'string' && segment.text !== '')
}

/**
 * The checks a document must pass before its final stage and before publication: errors block,
 * warnings are shown to the reviewer.
 */
export const runPrePublishChecks = async (
  payload: Payload,
  collection: string,
  doc: Doc,
  req?: PayloadRequest,
): Promise<CheckReport> => {
  const report: CheckReport = { errors: [], warnings: [] }
  const segments = readableText(collection, doc)

  const images = [...new Set(imageIds(doc))]
  if (images.length) {
    const { docs } = await payload.find({ collection: 'media', where: { id: { in: images } }, depth: 0, limit: images.length, req })
    for (const id of images) {
      const media = docs.find((entry) => String(entry.id) === id)
      if (!media) report.errors.push({ check: 'altText', message: `引用的图片已不存在(${id})` })
      else if (!media.alt?.trim()) report.errors.push({ check: 'altText', message: `图片“${media.filename}”缺少替代文本` })
    }
  }

  for (const link of richTexts(doc).flatMap(internalLinks)) {
    const target = payload.collections[link.collection as CollectionSlug]
    const drafts = Boolean(target?.config.versions && typeof target.config.versions === 'object' && target.config.versions.drafts)
    const found =
      target && link.id
        ? await payload
            .find({
              collection: link.collection as CollectionSlug,
              where: drafts ? { and: [{ id: { equals: link.id } }, { _status: { equals: 'published' } }] } : { id: { equals: link.id } },
              depth: 0,
              limit: 1,
              req,
            })
            .then((result) => result.docs[0])
        : undefined
    if (!found) report.errors.push({ check: 'internalLink', message: `正文中的内部链接指向不存在或未发布的内容(${link.collection}/${link.id})` })
  }
  for (const linked of LINKED_FIELDS[collection] ?? []) {
    const ids = linkedIds(doc[linked.field])
    if (!ids.length) continue
    const { docs } = await payload.find({ collection: linked.collection, where: { id: { in: ids } }, depth: 0, limit: ids.length, req })
    const targets = ids.map((id) => (docs.find((entry) => String(entry.id) === id) as LinkedTarget | undefined) ?? null)
    const { errors, warnings } = linkedProblems(linked, targets)
    report.errors.push(...errors.map((message) => ({ check: 'linkedContent' as const, message })))
    report.warnings.push(...warnings.map((message) => ({ check: 'linkedContent' as const, message })))
  }
  for (const label of missingMetadata(collection, doc)) {
    report.errors.push({ check: 'metadata', message: `缺少${label}` })
  }
  if (collection === 'serviceGuides') {
    for (const message of serviceGuideProblems(doc)) report.errors.push({ check: 'guideElement', message })
  }
  if (collection === 'consultations') {
    const { errors, warnings } = consultationProblems(doc)
    report.errors.push(...errors.map((message) => ({ check: 'consultation' as const, message })))
    report.warnings.push(...warnings.map((message) => ({ check: 'consultation' as const, message })))
  }

  const lists = await payload.findGlobal({ slug: 'bannedWords', depth: 0, req })
  for (const { where, text } of segments) {
    for (const hit of findWords(text, words(lists.blocked))) {
      report.errors.push({ check: 'bannedWord', message: `${where}含禁用词“${hit.word}”:${hit.excerpt}` })
    }
    for (const hit of findWords(text, words(lists.sensitive))) {
      report.warnings.push({ check: 'sensitiveWord', message: `${where}含敏感词“${hit.word}”:${hit.excerpt}` })
    }
    if (!NAME_LIST_COLLECTIONS.has(collection)) continue
    for (const hit of findUnmaskedPersonalData(text)) {
      const what = hit.kind === 'idCard' ? '身份证号' : '手机号'
      report.errors.push({ check: 'personalData', message: `${where}含未脱敏的${what} ${maskForDisplay(hit.value)}` })
    }
  }
  return report
}
