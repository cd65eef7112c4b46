import type { Access, Where } from 'payload'

import { CONTENT_ROLES } from '../constants/roles'
import { userHasRole } from './userHasRole'

/**
 * Content roles read everything, drafts included; everyone else (case handlers, people without
 * a role, the public) reads what the public reads. Returning a query (not `true`) is what keeps
 * drafts out of REST and GraphQL answers. Station staff get their own station's work on top of
 * this in workflow/access.ts.
 */
export const contentOrPublic =
  (publicView: Where): Access =>
  ({ req: { user } }) =>
    userHasRole(user, CONTENT_ROLES) ? true : publicView

export const publishedOrStaff: Access = contentOrPublic({ _status: { equals: 'published' } })
