import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { installAfterCommit } from './afterCommit'
import { withGlobalSiteNotification, withSiteNotification } from './notifySite'
import { SitePurges } from './purgeLog'

export { afterCommit } from './afterCommit'
export { notifySite } from './notifySite'
export { newestPurge, recordPurge, SITE_PURGES } from './purgeLog'

export type SiteCacheOptions = {
  /** The collections the public site shows: a published change or a deletion purges its cache. */
  collections: readonly string[]
  /** The globals the public site shows: their publication purges its cache. */
  globals: readonly string[]
}

const known = (kind: string, wanted: readonly string[], present: { slug: string }[]) => {
  const missing = wanted.filter((slug) => !present.some((entry) => entry.slug === slug))
  if (missing.length) throw new Error(`siteCache(): no ${kind} ${missing.map((slug) => `'${slug}'`).join(', ')} in the config`)
}

/**
 * The public site's page cache stays fresh: once a change to what the site shows has committed,
 * the site is told to purge (notifySite.ts, over the protocol in src/shared). Installs the
 * after-commit wrapper of the database adapter on init (afterCommit.ts). It adds hooks, and the
 * purge log that site hosts follow (purgeLog.ts).
 */
export const siteCache =
  ({ collections, globals }: SiteCacheOptions): Plugin =>
  (config: Config): Config => {
    known('collection', collections, config.collections ?? [])
    known('global', globals, config.globals ?? [])
    const onInit = config.onInit
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection: CollectionConfig) =>
          collections.includes(collection.slug) ? withSiteNotification(collection) : collection,
        ),
        SitePurges,
      ],
      globals: (config.globals ?? []).map((global: GlobalConfig) => (globals.includes(global.slug) ? withGlobalSiteNotification(global) : global)),
      // Purges wait for the commit: a render they trigger must see the new data.
      onInit: async (payload) => {
        installAfterCommit(payload.db)
        await onInit?.(payload)
      },
    }
  }
