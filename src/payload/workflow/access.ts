import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import type { WorkflowCollection } from './chains'
import { stationScope } from './stationScope'

type CollectionAccess = NonNullable<CollectionConfig['access']>

const published: Where = { _status: { equals: 'published' } }

/** What a station's own staff may touch in a collection, or null when nothing. */
const ownWork = (slug: WorkflowCollection, station: string, prefix = ''): Where | null => {
  if (slug === 'news') return { [`${prefix}stations`]: { in: [station] } }
  if (slug === 'stations') return { [prefix ? 'parent' : 'id']: { equals: station } }
  return null
}

/**
 * Station staff see published content everywhere plus their own station's work, and never
 * another station's drafts; everyone else keeps the collection's own rules.
 */
export const withStationScope = (slug: WorkflowCollection, access: CollectionAccess = {}): CollectionAccess => {
  const scoped =
    (original: Access | undefined, scope: (station: string) => Where | boolean): Access =>
    (args) => {
      const station = stationScope(args.req.user)
      if (station) return scope(station)
      return original ? original(args) : Boolean(args.req.user)
    }
  const asPublic = (original: Access | undefined) => (args: Parameters<Access>[0]) =>
    original ? original({ ...args, req: { ...args.req, user: null } as PayloadRequest }) : published

  return {
    ...access,
    read: async (args) => {
      const station = stationScope(args.req.user)
      if (!station) return access.read ? access.read(args) : true
      const own = ownWork(slug, station)
      const publicView = await asPublic(access.read)(args)
      if (!own) return publicView
      if (typeof publicView === 'boolean') return publicView || own
      return { or: [publicView as Where, own] }
    },
    create: scoped(access.create, () => slug === 'news'),
    update: scoped(access.update, (station) => ownWork(slug, station) ?? false),
    readVersions: scoped(access.readVersions, (station) => ownWork(slug, station, 'version.') ?? false),
  }
}
