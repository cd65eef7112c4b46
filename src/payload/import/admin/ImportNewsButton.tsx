import type { ServerProps } from 'payload'

import { userHasRole } from '../../access/userHasRole'
import { CONTENT_ROLES } from '../../constants/roles'

/** Above the news list: where old articles come in, for those who may create news. */
export const ImportNewsButton = ({ payload, user }: ServerProps) => {
  if (!userHasRole(user, CONTENT_ROLES)) return null
  return (
    <p className="va-import-entry">
      <a className="btn btn--style-secondary btn--size-small" href={`${payload.config.routes.admin}/import`}>
        导入旧文章
      </a>
    </p>
  )
}
