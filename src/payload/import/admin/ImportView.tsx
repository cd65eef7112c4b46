import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, Payload } from 'payload'

import { userHasRole } from '../../access/userHasRole'
import { IMPORT_RUN_STATE_LABELS, type ImportRunState } from '../../constants/imports'
import { CONTENT_ROLES } from '../../constants/roles'
import { beijingDateTime } from '../../../shared'
import { ImportForm } from './ImportForm'
import { ImportProgress } from './ImportProgress'

/** Imports still waiting for or in the jobs runner, newest first: the way back to their progress. */
const importsUnderWay = async (payload: Payload) =>
  (
    await payload.find({
      collection: 'importReports',
      where: { state: { in: ['queued', 'running'] } },
      sort: '-createdAt',
      limit: 10,
      depth: 0,
      select: { createdAt: true, state: true, total: true, done: true },
    })
  ).docs

/**
 * 导入旧文章: upload old articles, see what the importer makes of them, confirm; the import then
 * runs as a job. `?report=<id>` is one import's progress view.
 */
export const ImportView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { routes } = req.payload.config
  if (!req.user) redirect(`${routes.admin}/login`)
  const allowed = userHasRole(req.user, CONTENT_ROLES)
  const reportId = typeof searchParams?.report === 'string' ? searchParams.report : undefined
  const underWay = allowed && !reportId ? await importsUnderWay(req.payload) : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 className="va-import__title">{reportId ? '导入进度' : '导入旧文章'}</h1>
        {!allowed ? (
          <p role="alert">只有内容编辑人员可以导入文章。</p>
        ) : reportId ? (
          <>
            <ImportProgress reportId={reportId} adminRoute={routes.admin} apiRoute={routes.api} />
            <p>
              <a href={`${routes.admin}/import`}>导入其他文章</a>
            </p>
          </>
        ) : (
          <>
            {underWay.length > 0 && (
              <section className="va-import__underway" aria-labelledby="va-import-underway">
                <h2 id="va-import-underway">进行中的导入</h2>
                <ul>
                  {underWay.map((report) => (
                    <li key={report.id}>
                      <a href={`${routes.admin}/import?report=${report.id}`}>
                        {beijingDateTime(report.createdAt)} 开始:{IMPORT_RUN_STATE_LABELS[report.state as ImportRunState]},已处理 {report.done ?? 0} / {report.total ?? 0} 个文件
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <ImportForm adminRoute={routes.admin} apiRoute={routes.api} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
