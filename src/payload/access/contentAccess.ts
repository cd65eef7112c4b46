import type { CollectionConfig } from 'payload'

import { CONTENT_DELETE_ROLES, CONTENT_ROLES } from '../constants/roles'
import { hasRole } from './hasRole'
import { publishedOrStaff } from './publishedOrStaff'

/** The access every published (drafts-enabled) collection starts from. */
export const contentAccess = (): NonNullable<CollectionConfig['access']> => ({
  read: publishedOrStaff,
  create: hasRole(...CONTENT_ROLES),
  update: hasRole(...CONTENT_ROLES),
  delete: hasRole(...CONTENT_DELETE_ROLES),
  readVersions: hasRole(...CONTENT_ROLES),
})
