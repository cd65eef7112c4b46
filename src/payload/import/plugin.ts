import type { CollectionConfig, Config, Plugin } from 'payload'

import { ImportReports } from './ImportReports'

/** Before the accounts (`users`), so the report list stays where the admin menu has always shown it. */
const insertBeforeUsers = (collections: CollectionConfig[], added: CollectionConfig) => {
  const at = collections.findIndex((collection) => collection.slug === 'users')
  return at < 0 ? [...collections, added] : [...collections.slice(0, at), added, ...collections.slice(at)]
}

/**
 * The importer of old articles (导入旧文章) as a Payload plugin: the import reports collection
 * with its endpoints (ImportReports/), the admin's import view at /import and its
 * link in the menu (admin/import). It adds; it changes no setting of anything already there.
 */
export const importer =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: insertBeforeUsers(config.collections ?? [], ImportReports),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/src/payload/import/admin/ImportNavLink#ImportNavLink'],
        views: {
          ...config.admin?.components?.views,
          importArticles: { Component: '/src/payload/import/admin/ImportView#ImportView', path: '/import' },
        },
      },
    },
  })
