import type { Access, FieldAccess } from 'payload'

import type { Role } from '../constants/roles'
import { userHasRole } from './userHasRole'

export const hasRole =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    userHasRole(user, roles)

export const fieldHasRole =
  (...roles: Role[]): FieldAccess =>
  ({ req: { user } }) =>
    userHasRole(user, roles)
