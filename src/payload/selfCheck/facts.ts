/**
 * What a self-check run reads from the database: the facts the rules (rules.ts) judge. Published
 * content only, read as the public sees it (`_status: published`); cases by their clocks.
 */
import type { Payload } from 'payload'

import { OPEN_STATUSES, runningDeadline } from '../cases'
import { customLinks, internalLinks, type RichText, serviceGuideProblems } from '../workflow'
import { checkLinks, type Fetcher, fetchStatus, type LinkStatus } from './linkChecker'
import { NEWS_CATEGORIES, NEWS_CATEGORY_LABELS, type NewsCategory } from '../constants/news'
import { DISCLOSURE_CATEGORIES } from '../disclosure'
import type { CaseFacts, ColumnFacts, ConsultationFacts, FooterFacts, GuideFacts, InterpretationFacts, LinkFacts } from './rules'

const published = { _status: { equals: 'published' } } as const
const admin = (collection: string, id?: string | number) => `/admin/collections/${collection}${id === undefined ? '' : `/${id}`}`

/** The news columns and the policy library, each with its newest publication and its count. */
export const columnFacts = async (payload: Payload): Promise<ColumnFacts[]> => {
  const newest = async (collection: 'news' | 'policies', where: object) => {
    const found = await payload.find({ collection, where: { and: [published, where] } as never, sort: '-publishedAt', limit: 1, depth: 0, select: { publishedAt: true } as never })
    return { newest: ((found.docs[0] as { publishedAt?: string } | undefined)?.publishedAt ?? null) as string | null, count: found.totalDocs }
  }
  const kindOf = (category: NewsCategory): ColumnFacts['kind'] => (category === 'notice' ? 'notice' : 'news')
  const news = await Promise.all(
    NEWS_CATEGORIES.map(async (category) => ({
      label: NEWS_CATEGORY_LABELS[category],
      kind: kindOf(category),
      adminHref: `${admin('news')}?where[category][equals]=${category}`,
      ...(await newest('news', { category: { equals: category } })),
    })),
  )
  return [...news, { label: '政策法规', kind: 'policy', adminHref: admin('policies'), ...(await newest('policies', {})) }]
}

export const caseFacts = async (payload: Payload): Promise<CaseFacts[]> => {
  const { docs } = await payload.find({
    collection: 'enquiries',
    where: { status: { in: [...OPEN_STATUSES] } },
    select: { trackingCode: true, status: true, createdAt: true, acceptDeadline: true, answerDeadline: true },
    pagination: false,
    depth: 0,
  })
  // 依申请公开 requests not yet answered: the due day's end (none while 补正 or a consultation stops the clock).
  const requests = await payload.find({
    collection: 'foiRequests',
    where: { status: { not_equals: 'answered' } },
    select: { trackingCode: true, createdAt: true, dueOn: true },
    pagination: false,
    depth: 0,
  })
  return [
    ...docs.map((doc) => ({
      label: `留言 ${doc.trackingCode}`,
      adminHref: admin('enquiries', doc.id),
      open: true,
      receivedAt: doc.createdAt,
      deadline: runningDeadline(doc as never),
    })),
    ...requests.docs.map((doc) => ({
      label: `依申请公开 ${doc.trackingCode}`,
      adminHref: admin('foiRequests', doc.id),
      open: true,
      receivedAt: doc.createdAt,
      deadline: doc.dueOn ? `${doc.dueOn}T23:59:59.999+08:00` : null,
    })),
  ]
}

export const interpretationFacts = async (payload: Payload): Promise<InterpretationFacts[]> => {
  const { docs } = await payload.find({ collection: 'interpretations', where: published, select: { title: true, policy: true }, pagination: false, depth: 1 })
  return docs.map((doc) => {
    const policy = doc.policy as { _status?: string } | string | null | undefined
    return {
      title: doc.title,
      adminHref: admin('interpretations', doc.id),
      policyPublished: !policy ? null : typeof policy === 'object' ? policy._status === 'published' : false,
    }
  })
}

export const guideFacts = async (payload: Payload): Promise<GuideFacts[]> => {
  const { docs } = await payload.find({ collection: 'serviceGuides', where: published, pagination: false, depth: 0 })
  return docs.map((doc) => ({ title: doc.title, adminHref: admin('serviceGuides', doc.id), problems: serviceGuideProblems(doc as never) }))
}

export const consultationFacts = async (payload: Payload): Promise<ConsultationFacts[]> => {
  const { docs } = await payload.find({ collection: 'consultations', where: published, select: { title: true, closesAt: true, hasFeedback: true }, pagination: false, depth: 0 })
  return docs.map((doc) => ({ title: doc.title, adminHref: admin('consultations', doc.id), closesAt: doc.closesAt ?? null, hasFeedback: Boolean(doc.hasFeedback) }))
}

export const footerFacts = async (payload: Payload): Promise<FooterFacts> => {
  const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
  return { host: settings.host, siteIdCode: settings.siteIdCode, icp: settings.icp, psb: settings.psb, errorReportUrl: settings.errorReportUrl }
}

/** Each category the law requires, with how many published items of the 目录 it holds. */
export const disclosureFacts = async (payload: Payload): Promise<{ label: string; count: number }[]> =>
  Promise.all(
    Object.entries(DISCLOSURE_CATEGORIES)
      .filter(([, category]) => category.statutory)
      .map(async ([key, { label }]) => {
        const counts = await Promise.all(
          (['news', 'policies', 'pages'] as const).map(async (collection) => (await payload.count({ collection, where: { and: [published, { disclosureCategory: { equals: key } }] } })).totalDocs),
        )
        return { label, count: counts.reduce((sum, count) => sum + count, 0) }
      }),
  )

/** The rich text of each published item that the site shows as its main text. */
const TEXTS = [
  ['news', 'body', 'title'],
  ['policies', 'body', 'title'],
  ['interpretations', 'body', 'title'],
  ['pages', 'body', 'title'],
  ['commendations', 'body', 'title'],
  ['consultations', 'draft', 'title'],
  ['serviceGuides', 'conditions', 'title'],
  ['stations', 'story', 'name'],
  ['veterans', 'story', 'name'],
] as const

/** Answers remembered between runs of one process (a day, linkChecker.ts). */
const LINK_CACHE = new Map<string, LinkStatus>()

/**
 * Every link in published text and where it is: typed-in addresses checked politely (addresses on
 * this site through the site itself, SITE_INTERNAL_URL), links to an item of the site checked
 * against what is published (a link to a draft or a deleted item is dead to a reader).
 * `fetcher: null` checks no address over the network.
 */
export const linkFacts = async (payload: Payload, fetcher: Fetcher | null = fetchStatus, site = process.env.SITE_INTERNAL_URL): Promise<LinkFacts[]> => {
  const found: { url: string; from: LinkFacts['from'] }[] = []
  const internal: { collection: string; id: string; label: string; from: LinkFacts['from'] }[] = []
  for (const [collection, field, name] of TEXTS) {
    const { docs } = await payload.find({ collection, where: published, select: { [field]: true, [name]: true } as never, pagination: false, depth: 0 })
    for (const doc of docs as Record<string, unknown>[]) {
      const from = { title: String(doc[name] ?? ''), adminHref: admin(collection, doc.id as string) }
      for (const url of customLinks(doc[field] as RichText)) {
        if (/^https?:\/\//i.test(url)) found.push({ url, from })
        else if (url.startsWith('/') && site) found.push({ url: `${site.replace(/\/$/, '')}${url}`, from })
      }
      for (const link of internalLinks(doc[field] as RichText)) internal.push({ ...link, label: `${link.collection}/${link.id}`, from })
    }
  }
  const statuses = fetcher ? await checkLinks(found.map((each) => each.url), fetcher, LINK_CACHE) : []
  const statusOf = new Map(statuses.map((each) => [each.url, each.status]))
  const facts: LinkFacts[] = found.filter((each) => statusOf.has(each.url)).map((each) => ({ url: each.url, status: statusOf.get(each.url)!, from: each.from }))
  for (const link of internal) {
    const visible = link.id && (await payload.count({ collection: link.collection as 'news', where: { and: [{ id: { equals: link.id } }, ...(['media', 'stations', 'leaders', 'orgUnits'].includes(link.collection) ? [] : [published])] } }).catch(() => ({ totalDocs: 0 })))
    facts.push({ url: `站内链接 ${link.label}`, status: visible && visible.totalDocs > 0 ? 200 : 404, from: link.from })
  }
  return facts
}

/** The years whose 政府信息公开工作年度报告 is published (pages that name their year). */
export const annualReportYears = async (payload: Payload): Promise<number[]> => {
  const { docs } = await payload.find({ collection: 'pages', where: { ...published, annualReportYear: { greater_than: 0 } }, select: { annualReportYear: true }, pagination: false, depth: 0 })
  return docs.map((doc) => Number(doc.annualReportYear))
}
