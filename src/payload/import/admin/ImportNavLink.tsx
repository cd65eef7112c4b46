import type { ServerProps } from 'payload'

import { userHasRole } from '../../access/userHasRole'
import { CONTENT_ROLES } from '../../constants/roles'

/** The way into the import view from the admin's navigation, for content staff only. */
export const ImportNavLink = ({ payload, user }: ServerProps) => {
  if (!userHasRole(user, CONTENT_ROLES)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/import`}>
      <span className="nav__link-label">导入旧文章</span>
    </a>
  )
}
