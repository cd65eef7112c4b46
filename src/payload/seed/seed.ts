import { existsSync } from 'node:fs'
import path from 'node:path'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload } from 'payload'

import type {
  BureauFile,
  CommendationFile,
  ConsultationFile,
  InterpretationFile,
  MediaEntry,
  NewsFile,
  PageFile,
  PolicyFile,
  ReplyTemplateEntry,
  ServiceGuideFile,
  SiteFile,
  StationFile,
  VeteranFile,
} from './contentTypes'
import { beijingDate } from '../../shared'
import { recordFoiRequest, type RecordedFoiRequest } from '../cases'
import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers'
import { readFolder, readYaml } from './readContent'
import { orderByDependency } from './orderByDependency'

export type SeedReport = Record<string, { created: number; existing: number }>

const FEEDBACK_MARKER = '<!-- feedback -->'

/** A content file's day: "2025-03-10" (noon, Beijing time), "-5d"/"+25d" (days from today), or a full date-time as it is. */
export const seedDay = (value: string, now = new Date()): string => {
  const relative = /^([+-]\d+)d$/.exec(value)
  if (relative) return new Date(now.getTime() + Number(relative[1]) * 86_400_000).toISOString()
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+08:00` : value).toISOString()
}

type Options = { contentDir?: string; log?: (line: string) => void }

const LEVEL_ORDER = { county: 0, township: 1, village: 2 } as const

/**
 * Loads content/ into the database. Idempotent: an item whose slug (or e-mail, or file name)
 * is already there is left exactly as it is, so a second run changes nothing and edits made
 * in the admin are never overwritten.
 */
export const seed = async (payload: Payload, { contentDir = path.resolve('content'), log = () => {} }: Options = {}) => {
  const report: SeedReport = {}
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const lexical = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
  const ids = new Map<string, string>()
  const key = (collection: string, slug: string) => `${collection}:${slug}`
  const idOf = (collection: string, slug: string | undefined) => {
    if (!slug) return undefined
    const id = ids.get(key(collection, slug))
    if (!id) throw new Error(`content: ${collection} "${slug}" is referenced but does not exist`)
    return id
  }
  const idsOf = (collection: string, slugs: string[] | undefined) => (slugs ?? []).map((slug) => idOf(collection, slug)!)
  const count = (collection: string, created: boolean) => {
    report[collection] ??= { created: 0, existing: 0 }
    report[collection][created ? 'created' : 'existing'] += 1
  }

  const ensure = async (
    collection: CollectionSlug,
    slug: string,
    status: 'published' | 'draft',
    build: () => Record<string, unknown>,
  ) => {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft: true,
      limit: 1,
      depth: 0,
      pagination: false,
    })
    if (found.docs[0]) {
      ids.set(key(collection, slug), String(found.docs[0].id))
      count(collection, false)
      return
    }
    const doc = await payload.create({
      collection,
      data: { ...build(), slug, _status: status } as never,
      draft: status === 'draft',
      context: { seeding: true },
    })
    ids.set(key(collection, slug), String(doc.id))
    count(collection, true)
  }

  const step = async <T>(label: string, collection: string, items: T[], run: (item: T) => Promise<void>) => {
    for (const item of items) await run(item)
    const { created = 0, existing = 0 } = report[collection] ?? {}
    log(`${label}: 新建 ${created},已存在 ${existing}`)
  }

  // Settings and navigation: only filled while still empty.
  const site = readYaml<SiteFile>(contentDir, 'site.yaml')
  const linkHosts = await payload.findGlobal({ slug: 'externalLinkHosts', depth: 0 })
  if (!linkHosts.hosts?.length && site.externalLinkHosts?.length) {
    await payload.updateGlobal({ slug: 'externalLinkHosts', data: { hosts: site.externalLinkHosts.map((host) => ({ host })) }, context: { seeding: true } })
  }
  const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
  if (!settings.organizationCode) {
    await payload.updateGlobal({ slug: 'siteSettings', data: site.siteSettings, context: { seeding: true } })
  }
  const navigation = await payload.findGlobal({ slug: 'navigation', depth: 0 })
  if (!navigation.main?.length) {
    await payload.updateGlobal({ slug: 'navigation', data: site.navigation, context: { seeding: true } })
  }
  log('网站设置与导航 ✓')

  const media = readYaml<MediaEntry[]>(contentDir, 'media/index.yaml')
  await step('图片', 'media', media, async (entry) => {
    const found = await payload.find({
      collection: 'media',
      where: { originalFilename: { equals: entry.file } },
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) {
      ids.set(key('media', entry.file), String(found.docs[0].id))
      return count('media', false)
    }
    const filePath = path.join(contentDir, 'media', entry.file)
    if (!existsSync(filePath)) throw new Error(`content: media file ${entry.file} is missing`)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: entry.alt, caption: entry.caption, originalFilename: entry.file },
      filePath,
      context: { seeding: true },
    })
    ids.set(key('media', entry.file), String(doc.id))
    count('media', true)
  })

  // 政务新媒体 after the media, whose QR pictures it uses: only filled while still empty.
  const mediaAccounts = await payload.findGlobal({ slug: 'mediaAccounts', depth: 0 })
  if (!mediaAccounts.accounts?.length && site.mediaAccounts?.length) {
    const accounts = site.mediaAccounts.map((account) => ({ ...account, qr: idOf('media', account.qr) }))
    await payload.updateGlobal({ slug: 'mediaAccounts', data: { accounts } as never, context: { seeding: true } })
    log('政务新媒体 ✓')
  }

  const stations = readFolder<StationFile>(contentDir, 'stations').sort(
    (a, b) => LEVEL_ORDER[a.data.level] - LEVEL_ORDER[b.data.level],
  )
  await step('服务站', 'stations', stations, ({ data, body }) =>
    ensure('stations', data.slug, data.status, () => ({
      name: data.name,
      level: data.level,
      parent: idOf('stations', data.parent),
      region: data.region,
      address: data.address,
      geo: data.geo,
      phone: data.phone,
      openingHours: data.openingHours,
      head: { name: data.head?.name, photo: idOf('media', data.head?.photo) },
      honours: data.honours,
      starRating: data.starRating,
      standards: data.standards,
      facilities: (data.facilities ?? []).map((name) => ({ name })),
      services: data.services,
      photos: idsOf('media', data.photos),
      story: body ? lexical(body) : undefined,
    })),
  )

  // 机构概况: functions and contact only while still empty (like the settings), leaders and units by slug.
  const bureau = readYaml<BureauFile>(contentDir, 'bureau.yaml')
  const profile = await payload.findGlobal({ slug: 'bureauProfile', depth: 0 })
  if (!profile.functions?.length) {
    await payload.updateGlobal({
      slug: 'bureauProfile',
      data: { ...bureau.profile, contactStation: idOf('stations', bureau.profile.contactStation), _status: 'published' },
      context: { seeding: true },
    })
  }
  await step('领导信息', 'leaders', bureau.leaders, async ({ status, photo, ...data }) =>
    ensure('leaders', data.slug, status, () => ({ ...data, inOffice: data.inOffice ?? true, photo: idOf('media', photo) })),
  )
  await step('机构设置', 'orgUnits', bureau.units, async ({ status = 'published', ...data }) => ensure('orgUnits', data.slug, status, () => data))

  const policies = orderByDependency(readFolder<PolicyFile>(contentDir, 'policies'), (item) => item.data.slug, (item) => item.data.replacedBy)
  await step('政策法规', 'policies', policies, ({ data, body }) =>
    ensure('policies', data.slug, data.status, () => ({
      title: data.title,
      documentNumber: data.documentNumber,
      issuer: data.issuer,
      signedAt: data.signedAt,
      publishedAt: data.publishedAt,
      effectiveAt: data.effectiveAt,
      validity: data.validity,
      replacedBy: idOf('policies', data.replacedBy),
      topic: data.topic,
      body: lexical(body),
    })),
  )

  const interpretations = readFolder<InterpretationFile>(contentDir, 'interpretations')
  await step('政策解读', 'interpretations', interpretations, ({ data, body }) =>
    ensure('interpretations', data.slug, data.status, () => ({
      title: data.title,
      policy: idOf('policies', data.policy),
      publishedAt: data.publishedAt,
      source: data.source,
      body: lexical(body),
    })),
  )

  const consultations = readFolder<ConsultationFile>(contentDir, 'consultations')
  await step('意见征集', 'consultations', consultations, ({ data, body }) => {
    const [draft, feedback] = body.split(FEEDBACK_MARKER)
    return ensure('consultations', data.slug, data.status, () => ({
      title: data.title,
      summary: data.summary,
      opensAt: seedDay(data.opensAt),
      closesAt: seedDay(data.closesAt),
      howToRespond: data.howToRespond,
      finalPolicy: idOf('policies', data.finalPolicy),
      publishedAt: seedDay(data.publishedAt),
      draft: lexical(draft),
      feedback: { ...data.feedback, summary: feedback?.trim() ? lexical(feedback) : undefined },
    }))
  })

  const guides = readFolder<ServiceGuideFile>(contentDir, 'serviceGuides')
  await step('办事指南', 'serviceGuides', guides, ({ data, body }) =>
    ensure('serviceGuides', data.slug, data.status, () => ({
      title: data.title,
      serviceType: data.serviceType,
      lifeEvent: data.lifeEvent,
      audiences: data.audiences,
      steps: data.steps,
      statutoryLimit: data.statutoryLimit,
      promisedLimit: data.promisedLimit,
      fee: data.fee,
      hours: data.hours,
      consultPhone: data.consultPhone,
      complaintPhone: data.complaintPhone,
      faq: data.faq,
      online: data.online,
      publishedAt: data.publishedAt,
      basis: idsOf('policies', data.basis),
      places: idsOf('stations', data.places),
      materials: data.materials.map((row) => ({ ...row, blankForm: idOf('media', row.blankForm), sample: idOf('media', row.sample) })),
      conditions: lexical(body),
    })),
  )

  // After the guides and consultations a page may link to.
  const pages = readFolder<PageFile>(contentDir, 'pages')
  await step('页面', 'pages', pages, ({ data, body }) =>
    ensure('pages', data.slug, data.status, () => ({
      title: data.title,
      section: data.section,
      summary: data.summary,
      order: data.order,
      attachments: idsOf('media', data.attachments),
      disclosureCategory: data.disclosureCategory,
      annualReportYear: data.annualReportYear,
      publishedAt: seedDay(data.publishedAt),
      body: lexical(body),
    })),
  )

  const veterans = readFolder<VeteranFile>(contentDir, 'veterans')
  await step('先进典型', 'veterans', veterans, ({ data, body }) =>
    ensure('veterans', data.slug, data.consent ? data.status : 'draft', () => ({
      name: data.name,
      photo: idOf('media', data.photo),
      summary: data.summary,
      branch: data.branch,
      serviceYears: data.serviceYears,
      honours: data.honours,
      region: data.region,
      station: idOf('stations', data.station),
      story: body ? lexical(body) : undefined,
      consent: { given: data.consent, recordedAt: data.consent ? '2025-01-01T00:00:00.000Z' : undefined },
    })),
  )

  const news = readFolder<NewsFile>(contentDir, 'news')
  await step('新闻', 'news', news, ({ data, body }) =>
    ensure('news', data.slug, data.status, () => ({
      title: data.title,
      category: data.category,
      summary: data.summary,
      cover: idOf('media', data.cover),
      body: lexical(body),
      source: data.source,
      author: data.author,
      editor: data.editor,
      featured: data.featured ?? false,
      pinned: data.pinned ?? false,
      region: data.region,
      stations: idsOf('stations', data.stations),
      veterans: idsOf('veterans', data.veterans),
      disclosureCategory: data.disclosureCategory,
      publishedAt: data.publishedAt,
    })),
  )

  const commendations = readFolder<CommendationFile>(contentDir, 'commendations')
  await step('表扬通报', 'commendations', commendations, ({ data, body }) =>
    ensure('commendations', data.slug, data.status, () => ({
      title: data.title,
      issuer: data.issuer,
      documentNumber: data.documentNumber,
      date: data.date,
      publishedAt: data.date,
      body: lexical(body),
      honourees: {
        veterans: idsOf('veterans', data.veterans),
        stations: idsOf('stations', data.stations),
        staff: data.staffNames,
      },
    })),
  )

  const firstTownship = stations.find((item) => item.data.level === 'township')?.data.slug
  await step('演示账号', 'users', DEMO_USERS, async (user) => {
    const found = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1 })
    if (found.docs[0]) return count('users', false)
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        name: user.name,
        roles: user.roles,
        password: DEMO_PASSWORD,
        station: user.station ? idOf('stations', firstTownship) : undefined,
      },
      context: { seeding: true },
    })
    count('users', true)
  })

  // 答复口径, recorded as written by the demo admin; by title, an existing one is kept as it is.
  const templates = readYaml<ReplyTemplateEntry[]>(contentDir, 'replyTemplates.yaml')
  const author = (await payload.find({ collection: 'users', where: { roles: { in: ['admin'] } }, sort: 'createdAt', limit: 1, depth: 0 })).docs[0]
  await step('答复口径', 'replyTemplates', templates, async (template) => {
    const found = await payload.count({ collection: 'replyTemplates', where: { title: { equals: template.title } } })
    if (found.totalDocs) return count('replyTemplates', false)
    await payload.create({ collection: 'replyTemplates', data: { ...template, createdBy: author?.id }, context: { seeding: true } })
    count('replyTemplates', true)
  })

  // 依申请公开: demo requests in each state, by tracking code; their events' days are relative to today.
  const requests = readYaml<RecordedFoiRequest[]>(contentDir, 'foiRequests.yaml')
  await step('依申请公开', 'foiRequests', requests, async (request) => {
    const found = await payload.count({ collection: 'foiRequests', where: { trackingCode: { equals: request.trackingCode } } })
    if (found.totalDocs) return count('foiRequests', false)
    const events = request.events.map((event) => ({ ...event, on: beijingDate(seedDay(event.on)) }))
    await recordFoiRequest(payload, { ...request, events })
    count('foiRequests', true)
  })

  return report
}
