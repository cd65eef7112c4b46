import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { userHasRole } from '../../access/userHasRole'
import { CONTENT_ROLES } from '../../constants/roles'
import { ImportForm } from './ImportForm'

/** 导入旧文章: upload old articles, see what the importer makes of them, confirm. */
export const ImportView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { routes } = req.payload.config
  if (!req.user) redirect(`${routes.admin}/login`)
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
        <h1 className="va-import__title">导入旧文章</h1>
        {userHasRole(req.user, CONTENT_ROLES) ? (
          <ImportForm adminRoute={routes.admin} apiRoute={routes.api} />
        ) : (
          <p role="alert">只有内容编辑人员可以导入文章。</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
