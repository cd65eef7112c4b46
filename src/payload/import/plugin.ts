import type { Config, Plugin } from 'payload'

import { ImportFiles } from './ImportFiles'
import { importTask } from './importJob'
import { ImportReports } from './ImportReports'
import { insertBeforeUsers } from '../plugins/insertBeforeUsers'


/**
 * The importer of old articles (导入旧文章) as a Payload plugin: the import reports collection
 * with its endpoints (ImportReports/), the hidden store of uploads waiting for their job
 * (ImportFiles.ts), the import job (importJob.ts, on IMPORT_QUEUE), the admin's import view at
 * /import and its link in the menu (admin/). It adds; it changes no setting of anything already there.
 */
export const importer =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: insertBeforeUsers(config.collections ?? [], [ImportReports, ImportFiles]),
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), importTask] },
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
