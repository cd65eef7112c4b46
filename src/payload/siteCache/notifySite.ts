import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig, Payload } from 'payload'

import { sendPurge } from '../../shared'
import { payloadSecret } from '../env'
import { afterCommit } from './afterCommit'
import { addHooks } from '../hooks/addHooks'
import { recordPurge } from './purgeLog'

const visible = (doc: { _status?: string } | undefined) => !doc || doc._status === undefined || doc._status === 'published'

/**
 * Tells the public site that published content changed, so its cached pages go stale: the purge
 * is written to the purge log, which every site host follows (purgeLog.ts), and the site host
 * beside this process (SITE_INTERNAL_URL) is told at once, so that the save returns only when
 * that host serves the change.
 */
export const notifySite = async (payload: Payload, what: { collection?: string; global?: string; id?: string | number }) => {
  const purge = await recordPurge(payload, what).catch((error: Error) => {
    console.warn(`[notifySite] the purge log could not be written: ${error.message}`)
    return undefined
  })
  const site = process.env.SITE_INTERNAL_URL
  if (!site) return
  await sendPurge(site, payloadSecret(), { ...what, purge }, AbortSignal.timeout(2000)).catch((error: Error) =>
    console.warn(`[notifySite] the public site did not take the purge: ${error.message}`),
  )
}

// The purge is sent once the change is committed: a render it triggers must see the new data.
const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (visible(doc) || (previousDoc && previousDoc._status === 'published')) {
    await afterCommit(req, () => notifySite(req.payload, { collection: collection.slug, id: doc.id }))
  }
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await afterCommit(req, () => notifySite(req.payload, { collection: collection.slug, id: doc.id }))
  return doc
}

// A draft of a reviewed setting changes nothing the public sees; its publication does.
const afterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  if (visible(doc)) await afterCommit(req, () => notifySite(req.payload, { global: global.slug }))
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
