import type { Role } from '../constants/roles'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** Pure rule: does this user hold at least one of the roles? */
export const userHasRole = (user: MaybeUser, roles: readonly Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))
