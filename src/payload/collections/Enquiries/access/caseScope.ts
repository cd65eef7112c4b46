import type { Access, Where } from 'payload'

import { userHasRole } from '../../../access/userHasRole'

type ScopedUser = { id: string | number; roles?: readonly string[] | null; station?: unknown }

const stationIdOf = (user: ScopedUser): string | undefined => {
  const station = user.station as { id?: string } | string | null | undefined
  return (typeof station === 'object' ? station?.id : station) ?? undefined
}

/**
 * Which cases a user works on: admins all; case handlers those assigned to them or to their
 * station (a handler without a station works the bureau's unassigned intake); station staff
 * their station's. Editors and the public none.
 */
export const caseScope = (user: ScopedUser | null | undefined): boolean | Where => {
  if (!user) return false
  if (userHasRole(user, ['admin'])) return true
  const station = stationIdOf(user)
  const or: Where[] = []
  if (userHasRole(user, ['caseHandler'])) {
    or.push({ handler: { equals: user.id } })
    or.push(station ? { station: { equals: station } } : { station: { exists: false } })
  }
  if (userHasRole(user, ['stationStaff']) && station) or.push({ station: { equals: station } })
  return or.length ? { or } : false
}

export const caseAccess: Access = ({ req: { user } }) => caseScope(user)
