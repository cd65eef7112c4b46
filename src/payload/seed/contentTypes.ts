import type { DisclosureCategory } from '../disclosure'
/** The front matter of the files in content/, as written by people (slugs, not IDs). */
export type Status = 'published' | 'draft'
type Region = { name: string; code: string }

export type MediaEntry = { file: string; alt: string; caption?: string }

export type StationFile = {
  slug: string
  name: string
  level: 'county' | 'township' | 'village'
  parent?: string
  region?: Region
  address: string
  geo?: { lat: number; lng: number }
  phone?: string
  openingHours?: string
  head?: { name?: string; photo?: string }
  honours?: { title: string; level: 'national' | 'provincial' | 'city'; year?: number }[]
  starRating?: number
  standards?: { sevenOnes?: string[]; fiveHas?: string[]; fourHas?: string[] }
  facilities?: string[]
  services?: { title: string; description?: string }[]
  photos?: string[]
  status: Status
}

export type NewsFile = {
  slug: string
  title: string
  category: 'work' | 'local' | 'notice' | 'media'
  publishedAt: string
  summary?: string
  cover?: string
  source: string
  author?: string
  editor?: string
  /** 政府信息公开目录's category (src/payload/disclosure): listed there with a 索引号. */
  disclosureCategory?: DisclosureCategory
  featured?: boolean
  pinned?: boolean
  region?: Region
  stations?: string[]
  veterans?: string[]
  status: Status
}

export type PolicyFile = {
  slug: string
  title: string
  documentNumber?: string
  issuer: string
  signedAt?: string
  publishedAt: string
  effectiveAt?: string
  validity: 'in_force' | 'amended' | 'repealed'
  replacedBy?: string
  topic: string
  status: Status
}

/**
 * 意见征集. Dates are Beijing days ("2025-03-10") or days from the day of seeding ("-5d", "+25d"),
 * so the demo always has an open consultation. The body is the draft; after a line
 * `<!-- feedback -->` comes the 反馈情况.
 */
export type ConsultationFile = {
  slug: string
  title: string
  summary?: string
  opensAt: string
  closesAt: string
  howToRespond: string
  finalPolicy?: string
  feedback?: { received?: number; adopted?: number }
  publishedAt: string
  status: Status
}

/** 页面 (局长信箱 guidance, a 专题 landing page …); its body is the page's text. `attachments` name files in media/index.yaml. */
export type PageFile = {
  slug: string
  title: string
  section: string
  summary?: string
  attachments?: string[]
  order?: number
  disclosureCategory?: DisclosureCategory
  /** A 政府信息公开工作年度报告 names the year it reports on. */
  annualReportYear?: number
  publishedAt: string
  status: Status
}

export type InterpretationFile = {
  slug: string
  title: string
  policy: string
  publishedAt: string
  source?: string
  status: Status
}

/** A 办事指南; its body is the 受理条件. */
export type ServiceGuideFile = {
  slug: string
  title: string
  serviceType: string
  lifeEvent: string
  audiences: string[]
  basis: string[]
  materials: { name: string; form?: string; copies?: number; note?: string; blankForm?: string; sample?: string }[]
  steps: { title: string; description?: string }[]
  statutoryLimit: { days: number; unit?: string }
  promisedLimit: { days: number; unit?: string }
  fee: { free: boolean; standard?: string }
  places: string[]
  hours: string
  consultPhone: string
  complaintPhone: string
  faq?: { question: string; answer: string }[]
  online?: { available: boolean; url?: string }
  publishedAt: string
  status: Status
}

export type VeteranFile = {
  slug: string
  name: string
  photo?: string
  honours?: { kind: string; title: string; year?: number; awardedBy?: string }[]
  region?: Region
  station?: string
  consent: boolean
  serviceYears?: string
  branch?: string
  summary?: string
  status: Status
}

export type CommendationFile = {
  slug: string
  title: string
  issuer: string
  date: string
  documentNumber?: string
  veterans?: string[]
  stations?: string[]
  staffNames?: { name: string; role?: string }[]
  status: Status
}

/** The station map's tile service (see the 服务站点地图 group of the site settings). */
type MapSettings = { tileUrl: string; subdomains?: string; maxZoom?: number; attribution: string }

export type SiteFile = {
  siteSettings: { [field: string]: string | MapSettings | undefined; map?: MapSettings }
  navigation: { main: { label: string; href: string }[]; footer: { label: string; href: string }[] }
  externalLinkHosts?: string[]
  /** 政务新媒体; `qr` is a file of media/index.yaml. */
  mediaAccounts?: { name: string; platform: string; qr: string; purpose: string }[]
}

/** One 答复口径 in content/replyTemplates.yaml. */
export type ReplyTemplateEntry = { title: string; kind?: 'question' | 'help' | 'complaint' | 'suggestion'; body: string }

/** content/bureau.yaml: the 机构概况 (functions and contact, leaders, units). */
export type BureauFile = {
  profile: {
    intro: string
    functions: { text: string }[]
    contactStation: string
  }
  leaders: {
    slug: string
    name: string
    position: string
    photo?: string
    order: number
    inOffice?: boolean
    duties: string
    resume: string
    status: Status
  }[]
  units: { slug: string; name: string; kind: 'internal' | 'affiliated'; order: number; phone: string; address?: string; duties: string; status?: Status }[]
}
