import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import type { WorkflowCollection } from './chains'
import { transitionFor } from './context'
import { editRefusal, isWriter } from './rules'
import { toSnapshot, type WorkflowDoc } from './snapshot'
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

/**
 * 只审不改 (rules.ts `editRefusal`) as update access on one document, so the admin shows a
 * reviewer the item under review read-only and the API refuses their save. It reads the newest
 * draft, which is where the review state of a live item's new revision is. Workflow steps, and
 * checks without a document (collection permissions, bulk edits), keep the collection's rule;
 * applyWorkflow refuses such an edit per document.
 */
export const withReviewerLock = (slug: WorkflowCollection, access: CollectionAccess): CollectionAccess => ({
  ...access,
  update: async (args) => {
    const allowed = access.update ? await access.update(args) : Boolean(args.req.user)
    const { id, req } = args
    if (allowed !== true || id === undefined || !req.user || transitionFor(req.context, slug, id)) return allowed
    const actor = { id: String(req.user.id), roles: (req.user as { roles?: string[] | null }).roles ?? [] }
    if (isWriter(actor)) return allowed
    // A document that cannot be read here is refused by the update itself; applyWorkflow holds either way.
    const doc = await (async () => req.payload.findByID({ collection: slug, id, draft: true, depth: 0, overrideAccess: true, req }))().catch(() => null)
    return doc && editRefusal(toSnapshot(doc as WorkflowDoc), actor) ? false : allowed
  },
})
