import type { Where } from 'payload'

import type { Policy } from '../../../payload-types'
import { findBySlugPublic, findOnePublic, findPublic, PAGE_SIZE } from './publicRead'
import { GUIDE_POPULATE, guideJoin } from './serviceGuides'

export type PolicyFilter = {
  topic?: string
  issuer?: string
  year?: number
  validity?: string
  keyword?: string
  page?: number
}

const yearRange = (year: number): Where => ({
  and: [
    { publishedAt: { greater_than_equal: `${year}-01-01T00:00:00+08:00` } },
    { publishedAt: { less_than: `${year + 1}-01-01T00:00:00+08:00` } },
  ],
})

export const getPolicies = (filter: PolicyFilter) => {
  const conditions: Where[] = []
  if (filter.topic) conditions.push({ topic: { equals: filter.topic } })
  if (filter.issuer) conditions.push({ issuer: { equals: filter.issuer } })
  if (filter.validity) conditions.push({ validity: { equals: filter.validity } })
  if (filter.year) conditions.push(yearRange(filter.year))
  if (filter.keyword) {
    conditions.push({ or: [{ title: { like: filter.keyword } }, { documentNumber: { like: filter.keyword } }] })
  }
  return findPublic({
    collection: 'policies',
    where: { and: conditions },
    sort: '-publishedAt',
    page: filter.page ?? 1,
    limit: PAGE_SIZE,
    depth: 0,
    select: { title: true, slug: true, documentNumber: true, issuer: true, publishedAt: true, validity: true, topic: true },
  })
}

/** Issuers and years that occur, for the filter form. */
export const getPolicyFacets = async () => {
  const { docs } = await findPublic({
    collection: 'policies',
    pagination: false,
    depth: 0,
    select: { issuer: true, publishedAt: true },
  })
  const issuers = [...new Set(docs.map((doc) => doc.issuer))].sort()
  const years = [...new Set(docs.map((doc) => new Date(doc.publishedAt ?? 0).getFullYear()))].sort((a, b) => b - a)
  return { issuers, years }
}

/** A policy with its attachments, and the published guides resting on it (titles and slugs only). */
export const getPolicy = async (slug: string): Promise<Policy | null> =>
  (await findBySlugPublic('policies', slug, { joins: { ...guideJoin(), interpretations: false }, populate: GUIDE_POPULATE })) as Policy | null

export const getLatestPolicies = async (limit: number) =>
  (
    await findPublic({
      collection: 'policies',
      sort: '-publishedAt',
      limit,
      depth: 0,
      pagination: false,
      select: { title: true, slug: true, publishedAt: true, validity: true },
    })
  ).docs

/** The 政策解读 column: newest first, each with the title of the policy it explains. */
export const getInterpretationsPage = (page = 1) =>
  findPublic({
    collection: 'interpretations',
    sort: '-publishedAt',
    page,
    limit: PAGE_SIZE,
    depth: 1,
    select: { title: true, slug: true, publishedAt: true, policy: true },
    populate: { policies: { title: true } },
  })

export const getInterpretation = (slug: string) => findOnePublic('interpretations', { slug: { equals: slug } }, 1)

/** The published policies this one replaced (they name it as their 替代文件), oldest first. */
export const getPoliciesReplacedBy = async (policyId: string | number) =>
  (
    await findPublic({
      collection: 'policies',
      where: { replacedBy: { equals: policyId } },
      sort: 'publishedAt',
      depth: 0,
      pagination: false,
      select: { title: true, slug: true, documentNumber: true, validity: true },
    })
  ).docs

export const getInterpretationsOf = async (policyId: string) =>
  (
    await findPublic({
      collection: 'interpretations',
      where: { policy: { equals: policyId } },
      sort: '-publishedAt',
      depth: 0,
      pagination: false,
      select: { title: true, slug: true, publishedAt: true },
    })
  ).docs

export const getLatestInterpretations = async (limit: number) =>
  (
    await findPublic({
      collection: 'interpretations',
      sort: '-publishedAt',
      limit,
      depth: 0,
      pagination: false,
      select: { title: true, slug: true, publishedAt: true },
    })
  ).docs
