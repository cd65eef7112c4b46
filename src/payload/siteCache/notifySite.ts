import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { sendPurge } from '../../shared'
import { payloadSecret } from '../env'
import { afterCommit } from './afterCommit'
import { addHooks } from '../hooks/addHooks'

const visible = (doc: { _status?: string } | undefined) => !doc || doc._status === undefined || doc._status === 'published'

/** Tells the public site that published content changed, so its cached pages go stale at once. */
export const notifySite = async (what: { collection?: string; global?: string; id?: string | number }) => {
  const site = process.env.SITE_INTERNAL_URL
  if (!site) return
  await sendPurge(site, payloadSecret(), what, AbortSignal.timeout(2000)).catch((error: Error) =>
    console.warn(`[notifySite] the public site did not take the purge: ${error.message}`),
  )
}

// The purge is sent once the change is committed: a render it triggers must see the new data.
const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (visible(doc) || (previousDoc && previousDoc._status === 'published')) {
    await afterCommit(req, () => notifySite({ collection: collection.slug, id: doc.id }))
  }
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await afterCommit(req, () => notifySite({ collection: collection.slug, id: doc.id }))
  return doc
}

// A draft of a reviewed setting changes nothing the public sees; its publication does.
const afterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  if (visible(doc)) await afterCommit(req, () => notifySite({ global: global.slug }))
  return doc
}

/** For collections the public site shows. */
export const withSiteNotification = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: addHooks(collection.hooks, { afterChange: [afterChange], afterDelete: [afterDelete] }),
})

export const withGlobalSiteNotification = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: addHooks(global.hooks, { afterChange: [afterGlobalChange] }),
})
