import type { Access, CollectionConfig } from 'payload'

import { hasRole } from '../../access/hasRole'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { userHasRole } from '../../access/userHasRole'
import { CONTENT_DELETE_ROLES, CONTENT_ROLES } from '../../constants/roles'
import { idOf } from '../../../shared'

/** Content roles edit every station; station staff only their own. */
const updateStation: Access = ({ req: { user } }) => {
  if (userHasRole(user, CONTENT_ROLES)) return true
  if (userHasRole(user, ['stationStaff']) && user?.station) {
    return { id: { equals: idOf(user.station) } }
  }
  return false
}

export const stationAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  create: hasRole(...CONTENT_ROLES),
  update: updateStation,
  delete: hasRole(...CONTENT_DELETE_ROLES),
  readVersions: hasRole(...CONTENT_ROLES, 'stationStaff'),
}
