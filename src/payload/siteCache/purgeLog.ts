import type { CollectionConfig, Payload } from 'payload'

import { nobody } from '../access/nobody'

export const SITE_PURGES = 'sitePurges'

/** How long a purge stays in the log: far longer than any site host polls (src/shared/purge.ts). */
const KEEP_MS = 24 * 60 * 60 * 1000

/**
 * The purge log: one row per change the public site shows. Every site host follows it
 * (PURGE_LOG_PATH, polled by its front server), so a publication reaches all of them through the
 * database they already share, on SQLite and on MongoDB alike, with no list of host addresses.
 * Written by the back office only; no API reads or writes it.
 */
export const SitePurges: CollectionConfig = {
  slug: SITE_PURGES,
  labels: { singular: '网站缓存刷新记录', plural: '网站缓存刷新记录' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [{ name: 'what', type: 'text', label: '变更内容' }],
}

/** Logs a purge (outside any transaction: it follows a commit); drops rows older than a day now and then. */
export const recordPurge = async (payload: Payload, what: unknown): Promise<string> => {
  const row = await payload.create({ collection: SITE_PURGES as 'sitePurges', data: { what: JSON.stringify(what).slice(0, 500) }, depth: 0 })
  if (Math.random() < 0.02) {
    await payload
      .delete({ collection: SITE_PURGES as 'sitePurges', where: { createdAt: { less_than: new Date(Date.now() - KEEP_MS).toISOString() } }, depth: 0 })
      .catch(() => undefined)
  }
  return String(row.id)
}

/** The newest purge's id ('' before the first): a host that saw another id last has pages to drop. */
export const newestPurge = async (payload: Payload): Promise<string> => {
  const { docs } = await payload.find({ collection: SITE_PURGES as 'sitePurges', sort: '-createdAt', limit: 1, depth: 0, pagination: false })
  return docs[0] ? String(docs[0].id) : ''
}
