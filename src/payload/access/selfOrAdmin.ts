import type { Access } from 'payload'

import { userHasRole } from './userHasRole'

export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (userHasRole(user, ['admin'])) return true
  return { id: { equals: user.id } }
}
