import type { Payload, Where } from 'payload'

import { type MonthStatistics, monthlyStatistics, recentMonths } from '../../domain/statistics'
import type { EnquiryKind } from '../../kinds/enquiry'

/**
 * 留言选登 and statistics: the only reads of cases made for the public. Each selects exactly
 * the fields it shows, so personal data cannot reach a page by accident.
 */
export type PublishedAnswer = {
  id: string
  kind: EnquiryKind
  subject: string
  body: string
  acceptedAt: string | null
  answeredAt: string | null
  answeringDepartment: string | null
  reply: string
}

const PUBLISHED_SELECT = {
  kind: true,
  publication: { subject: true, body: true },
  acceptedAt: true,
  answeredAt: true,
  answeringDepartment: true,
  reply: true,
} as const

const isPublished: Where = { and: [{ 'publication.published': { equals: true } }, { 'consent.publish': { equals: true } }, { status: { in: ['answered', 'closed'] } }] }

type PublishedDoc = {
  id: string
  kind: EnquiryKind
  publication?: { subject?: string | null; body?: string | null } | null
  acceptedAt?: string | null
  answeredAt?: string | null
  answeringDepartment?: string | null
  reply?: string | null
}

const toAnswer = (doc: PublishedDoc): PublishedAnswer => ({
  id: String(doc.id),
  kind: doc.kind,
  subject: doc.publication?.subject ?? '',
  body: doc.publication?.body ?? '',
  acceptedAt: doc.acceptedAt ?? null,
  answeredAt: doc.answeredAt ?? null,
  answeringDepartment: doc.answeringDepartment ?? null,
  reply: doc.reply ?? '',
})

export const listPublishedAnswers = async (payload: Payload, page = 1, limit = 20) => {
  const result = await payload.find({
    collection: 'enquiries',
    where: isPublished,
    select: PUBLISHED_SELECT,
    sort: '-answeredAt',
    page,
    limit,
    depth: 0,
  })
  return { docs: result.docs.map((doc) => toAnswer(doc as PublishedDoc)), totalPages: result.totalPages, page: result.page ?? 1 }
}

export const findPublishedAnswer = async (payload: Payload, id: string): Promise<PublishedAnswer | null> => {
  if (!/^[0-9a-fA-F-]{24,36}$/.test(id)) return null
  const result = await payload.find({
    collection: 'enquiries',
    where: { and: [{ id: { equals: id } }, isPublished] },
    select: PUBLISHED_SELECT,
    limit: 1,
    depth: 0,
  })
  return result.docs[0] ? toAnswer(result.docs[0] as PublishedDoc) : null
}

/** The published answers' ids and versions (`updatedAt`) for the site's search index; with `since`, those saved since. */
export const publishedAnswerVersions = async (payload: Payload, since?: string): Promise<{ id: string; updatedAt: string }[]> => {
  const result = await payload.find({
    collection: 'enquiries',
    where: since ? { and: [isPublished, { updatedAt: { greater_than_equal: since } }] } : isPublished,
    select: { updatedAt: true },
    pagination: false,
    depth: 0,
  })
  return result.docs.map((doc) => ({ id: String(doc.id), updatedAt: String(doc.updatedAt ?? '') }))
}

/** These published answers, as their pages show them (an id no longer published is left out). */
export const publishedAnswersByIds = async (payload: Payload, ids: string[]): Promise<(PublishedAnswer & { updatedAt: string })[]> => {
  if (!ids.length) return []
  const result = await payload.find({
    collection: 'enquiries',
    where: { and: [{ id: { in: ids } }, isPublished] },
    select: { ...PUBLISHED_SELECT, updatedAt: true },
    pagination: false,
    depth: 0,
  })
  return result.docs.map((doc) => ({ ...toAnswer(doc as PublishedDoc), updatedAt: String(doc.updatedAt ?? '') }))
}

type CaseShown = { status?: unknown; reply?: unknown; answeringDepartment?: unknown; answeredAt?: unknown; consent?: { publish?: unknown } | null; publication?: { published?: unknown; subject?: unknown; body?: unknown } | null }

/** Whether a case's change alters what the public sees of it (选登 on or off, or its public text while on): the site's search must hear of it. */
export const changesPublishedAnswer = (doc: CaseShown, previous?: CaseShown | null): boolean => {
  const shown = (each?: CaseShown | null) =>
    each?.publication?.published && each.consent?.publish && (each.status === 'answered' || each.status === 'closed')
      ? JSON.stringify([each.publication.subject, each.publication.body, each.reply, each.answeringDepartment, each.answeredAt])
      : ''
  return shown(doc) !== shown(previous)
}

export const enquiryStatistics = async (payload: Payload, months = 12, now = new Date()): Promise<MonthStatistics[]> => {
  const window = recentMonths(now, months)
  const since = new Date(`${window[0]}-01T00:00:00+08:00`).toISOString()
  const result = await payload.find({
    collection: 'enquiries',
    where: { or: [{ createdAt: { greater_than_equal: since } }, { answeredAt: { greater_than_equal: since } }] },
    select: { createdAt: true, answeredAt: true, answerDeadline: true },
    pagination: false,
    depth: 0,
  })
  return monthlyStatistics(result.docs, window)
}
