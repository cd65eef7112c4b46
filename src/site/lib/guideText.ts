/** How a 办事指南's elements read on the public site: pure, shared by the guide page and its 一次告知单. */
import {
  AUDIENCE_LABELS,
  DEFAULT_TIME_UNIT,
  LIFE_EVENT_LABELS,
  type Audience,
  type LifeEvent,
} from '../../payload/constants/serviceGuides'
import { ENQUIRY_LIMITS } from '../../payload/cases/client'
import { POLICY_TOPICS } from '../../payload/constants/policies'
import { ENQUIRY_PATHS, SERVICE_PATHS } from './sitePaths'

type Limit = { days?: number | null; unit?: string | null } | null | undefined

/** 法定时限/承诺时限 as a reader says it: "20 个工作日", or 当场办结 for 0. */
export const limitText = (limit: Limit): string => {
  if (limit?.days == null) return '未规定'
  if (limit.days === 0) return '当场办结'
  return `${limit.days} ${(limit.unit || DEFAULT_TIME_UNIT).trim()}`
}

/** 收费标准: 不收费, or the standard the editor wrote. */
export const feeText = (fee: { free?: boolean | null; standard?: string | null } | null | undefined): string =>
  fee?.free ? '不收费' : fee?.standard?.trim() || '不收费'

type Listed = { lifeEvent?: string | null; audiences?: string[] | null }

/** Guides grouped by a key, in the order of the labels; groups without guides are left out. */
const groupBy = <G extends Listed, K extends string>(guides: G[], labels: Record<K, string>, keysOf: (guide: G) => string[]) =>
  (Object.entries(labels) as [K, string][])
    .map(([key, label]) => ({ key, label, guides: guides.filter((guide) => keysOf(guide).includes(key)) }))
    .filter((group) => group.guides.length > 0)

/** /services 按人生事件: each guide under its life event. */
export const byLifeEvent = <G extends Listed>(guides: G[]) =>
  groupBy<G, LifeEvent>(guides, LIFE_EVENT_LABELS, (guide) => (guide.lifeEvent ? [guide.lifeEvent] : []))

/** /services 按服务对象: a guide under every audience it serves. */
export const byAudience = <G extends Listed>(guides: G[]) => groupBy<G, Audience>(guides, AUDIENCE_LABELS, (guide) => guide.audiences ?? [])

/** The query parameter naming the guide an enquiry is about. */
export const GUIDE_PARAM = 'guide'

/** The enquiry form preselected for a guide (the form reads `guide` on the server). */
export const enquiryAboutGuide = (slug: string) => `${ENQUIRY_PATHS.form}?${GUIDE_PARAM}=${encodeURIComponent(slug)}`

/** The printable 一次告知单 of a guide. */
export const guideChecklistPath = (slug: string) => `${SERVICE_PATHS.index}/${encodeURIComponent(slug)}/checklist`

/** 服务对象 as one line: 退役军人、烈属. */
export const audienceText = (audiences: readonly string[] | null | undefined): string =>
  (audiences ?? []).map((key) => AUDIENCE_LABELS[key as Audience] ?? key).join('、')

/** A guide an enquiry is about, as the enquiry form needs it. */
export type GuideForEnquiry = { title: string; slug: string; topics: string[] }

/**
 * The enquiry form's values when it is opened from a guide's 我要咨询此事项: a question (咨询), the
 * subject naming the service (so the handler sees at once what it is about) and the 事项类别 of
 * the first policy it rests on. The visitor can change all of it.
 */
export const enquiryPrefill = (guide: GuideForEnquiry): Record<string, string> => {
  const subject = `咨询:${guide.title}`
  const topic = guide.topics.find((value) => (POLICY_TOPICS as readonly string[]).includes(value))
  return {
    kind: 'question',
    subject: subject.length > ENQUIRY_LIMITS.subject ? subject.slice(0, ENQUIRY_LIMITS.subject) : subject,
    ...(topic ? { topic } : {}),
  }
}
