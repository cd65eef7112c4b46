import type { Media, Policy, ServiceGuide, Station } from '../../../payload-types'
import type { GuideForEnquiry } from '../guideText'
import { findBySlugPublic, findPublic } from './publicRead'

/** What a list of guides shows: name, type and the two groupings of /services. */
const LIST_SELECT = { title: true, slug: true, serviceType: true, lifeEvent: true, audiences: true, online: true, publishedAt: true } as const

/** Every published guide, by name (the 办事服务 index groups them by life event and by audience). */
export const getServiceGuides = async () =>
  (await findPublic({ collection: 'serviceGuides', sort: 'title', depth: 0, pagination: false, select: LIST_SELECT })).docs

/** A guide with the policies it rests on, the stations that handle it and its forms: only the fields the page shows. */
export const getServiceGuide = async (slug: string) =>
  (await findBySlugPublic('serviceGuides', slug, {
    populate: {
      policies: { title: true, slug: true, documentNumber: true, validity: true },
      stations: { name: true, slug: true, address: true, phone: true, openingHours: true },
      media: { url: true, filename: true, alt: true, mimeType: true, filesize: true },
    },
  })) as GuideWithLinks | null

export type GuideWithLinks = Omit<ServiceGuide, 'basis' | 'places'> & {
  basis?: (Pick<Policy, 'id' | 'title' | 'slug' | 'documentNumber' | 'validity'> | string | number)[] | null
  places?: (Pick<Station, 'id' | 'name' | 'slug' | 'address' | 'phone' | 'openingHours'> | string | number)[] | null
}

/** The form files of one material row that the public may download. */
export const materialFiles = (row: NonNullable<ServiceGuide['materials']>[number]) =>
  (['blankForm', 'sample'] as const)
    .map((part) => ({ part, file: row[part] }))
    .filter((entry): entry is { part: 'blankForm' | 'sample'; file: Media } => typeof entry.file === 'object' && entry.file !== null && Boolean(entry.file.url))

/**
 * The guides a station page or policy page lists (published only: the join reads with the public's
 * access). A new object for every read: Payload writes the access condition into the join's
 * `where`, so a shared object grew by one condition per page view until SQLite refused the query.
 */
export const guideJoin = () => ({ guides: { limit: 50, sort: 'title' } })
export const GUIDE_POPULATE = { serviceGuides: { title: true, slug: true } } as const

/** The published guides in a join's result, as links. */
export const joinedGuides = (join: { docs?: unknown[] } | null | undefined) =>
  (join?.docs ?? []).filter((doc): doc is { title: string; slug: string } => typeof doc === 'object' && doc !== null && 'slug' in doc && Boolean((doc as { slug?: string }).slug))

/** A guide slug as the slug field allows it; anything else in ?guide= is ignored without a query. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The published guide named by the enquiry form's ?guide= (validated on the server: an unknown,
 * unpublished or malformed value preselects nothing), with the topics of the policies it rests on.
 */
export const getGuideForEnquiry = async (slug: string | null): Promise<GuideForEnquiry | null> => {
  if (!slug || slug.length > 100 || !SLUG.test(slug)) return null
  const guide = (await findBySlugPublic('serviceGuides', slug, {
    select: { title: true, slug: true, basis: true },
    populate: { policies: { topic: true } },
  })) as { title: string; slug?: string | null; basis?: ({ topic?: string | null } | string | number)[] | null } | null
  if (!guide?.slug) return null
  const topics = (guide.basis ?? []).flatMap((policy) => (typeof policy === 'object' && policy.topic ? [policy.topic] : []))
  return { title: guide.title, slug: guide.slug, topics }
}
