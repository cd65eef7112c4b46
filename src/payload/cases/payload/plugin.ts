import type { CollectionConfig, Config, Plugin } from 'payload'

import type { CaseKind } from '../kinds/caseKind'
import { caseCollection } from './caseCollection'
import { attachmentsCollection, holidayCalendarGlobal, replyTemplatesCollection, revealLogsCollection } from './collections'
import { foiRequestsCollection } from './foiCollection'
import { caseTasks } from './jobs'
import { insertBeforeUsers } from '../../plugins/insertBeforeUsers'

export type CasesOptions = {
  /** The kinds of case to handle; the first kind's menu group also shows the holiday calendar. */
  kinds: readonly [CaseKind, ...CaseKind[]]
  /** 依申请公开 requests (foiCollection.ts), in the first kind's menu group. */
  foiRequests?: boolean
}


/**
 * The case engine as a Payload plugin. For each kind: its case collection (with its hooks,
 * access and endpoints, see caseCollection.ts), attachments, reply templates and the reveal log.
 * Once: the holiday calendar global, the engine's background tasks and the handler's queue on
 * the admin start page. It adds; it changes no
 * setting of anything already in the config.
 */
export const cases =
  ({ kinds, foiRequests = false }: CasesOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: insertBeforeUsers(
      config.collections ?? [],
      [
        ...kinds.flatMap((kind) => [caseCollection(kind), attachmentsCollection(kind), replyTemplatesCollection(kind), revealLogsCollection(kind)]),
        ...(foiRequests ? [foiRequestsCollection(kinds[0].group)] : []),
      ],
    ),
    globals: [...(config.globals ?? []), holidayCalendarGlobal(kinds[0].group)],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        // A handler's start page is their queue: first, above the editors' workbench.
        beforeDashboard: ['/src/payload/cases/payload/components/CaseQueue#CaseQueue', ...(config.admin?.components?.beforeDashboard ?? [])],
      },
    },
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...caseTasks] },
  })
