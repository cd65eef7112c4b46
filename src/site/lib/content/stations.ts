import type { Where } from 'payload'

import type { Station } from '../../../payload-types'
import { orderByHierarchy } from '../stationOrder'
import { findBySlugPublic, findPublic } from './publicRead'
import { GUIDE_POPULATE, guideJoin } from './serviceGuides'

export type StationFilter = { level?: string; region?: string; honour?: string }

/** honour filter values: national / provincial (demonstration level) or star ratings. */
const honourWhere = (honour: string): Where | null => {
  if (honour === 'national' || honour === 'provincial' || honour === 'city') return { 'honours.level': { equals: honour } }
  const stars = /^star([1-5])$/.exec(honour)
  return stars ? { starRating: { greater_than_equal: Number(stars[1]) } } : null
}

/** The directory: the stations that match, in the order of the hierarchy (county › township › its villages). */
export const getStations = async (filter: StationFilter = {}) => {
  const conditions: Where[] = []
  if (filter.level) conditions.push({ level: { equals: filter.level } })
  if (filter.region) conditions.push({ 'region.code': { like: filter.region } })
  const honour = filter.honour ? honourWhere(filter.honour) : null
  if (honour) conditions.push(honour)
  const { docs } = await findPublic({ collection: 'stations', where: { and: conditions }, sort: 'name', depth: 1, pagination: false, joins: false })
  return orderByHierarchy(docs as Station[])
}

/** A station with its parent and photos, and the published guides it handles (titles and slugs only). */
export const getStation = async (slug: string) =>
  (await findBySlugPublic('stations', slug, { joins: { ...guideJoin(), children: false }, populate: GUIDE_POPULATE })) as Station | null

export const getChildStations = async (parentId: string) =>
  (
    await findPublic({
      collection: 'stations',
      where: { parent: { equals: parentId } },
      sort: 'name',
      depth: 0,
      pagination: false,
      select: { name: true, slug: true, level: true },
    })
  ).docs

export const getModelStations = async (limit: number) =>
  (
    await findPublic({
      collection: 'stations',
      where: { or: [{ 'honours.level': { in: ['national', 'provincial'] } }, { starRating: { equals: 5 } }] },
      sort: '-starRating',
      limit,
      depth: 1,
      pagination: false,
      joins: false,
    })
  ).docs as Station[]
