/** Who works on which cases, and who may see a case's full personal data. */
import type { Access, PayloadRequest, Where } from 'payload'
import { idOf } from '../../../shared'

import { userHasRole } from '../../access/userHasRole'

type ScopedUser = { id: string | number; roles?: readonly string[] | null; station?: unknown }

const stationIdOf = (user: ScopedUser): string | undefined => {
  const station = user.station as { id?: string } | string | null | undefined
  return (typeof station === 'object' ? station?.id : station) ?? undefined
}

/**
 * Cases no station works on: none set, or one since deleted. Written as `not_in` every station
 * because that is the one form both adapters read alike: the MongoDB adapter drops `exists` on a
 * path through a relationship and turns `equals: null` on a relationship into `$eq: undefined`,
 * which matches nothing; SQLite reads `not_in` on a relationship as `NOT IN (…) OR IS NULL`.
 */
export const unassignedCases = (stationIds: readonly string[]): Where => ({ station: { not_in: [...stationIds] } })

/**
 * Which cases a user works on: admins all; case handlers those assigned to them or to their
 * station (a handler without a station works the bureau's unassigned intake); station staff
 * their station's. Editors and the public none. `stationIds` are every station's id.
 */
export const caseScope = (user: ScopedUser | null | undefined, stationIds: readonly string[]): boolean | Where => {
  if (!user) return false
  if (userHasRole(user, ['admin'])) return true
  const station = stationIdOf(user)
  const or: Where[] = []
  if (userHasRole(user, ['caseHandler'])) {
    or.push({ handler: { equals: user.id } })
    or.push(station ? { station: { equals: station } } : unassignedCases(stationIds))
  }
  if (userHasRole(user, ['stationStaff']) && station) or.push({ station: { equals: station } })
  return or.length ? { or } : false
}

/** Whether the user works on any cases at all (the list's export button, the export endpoint). */
export const worksOnCases = (user: ScopedUser | null | undefined): boolean => caseScope(user, []) !== false

/** The case scope with every station's id loaded (whatever the user may read); only a case handler's scope needs them. */
export const loadCaseScope = async (req: PayloadRequest): Promise<boolean | Where> => {
  if (!userHasRole(req.user, ['caseHandler'])) return caseScope(req.user, [])
  const { docs } = await req.payload.find({ collection: 'stations', pagination: false, depth: 0, select: { name: true }, req })
  return caseScope(req.user, docs.map((station) => String(station.id)))
}

export const caseAccess: Access = ({ req }) => loadCaseScope(req)

/** The case-scope rule, seen from an attachment: its case must be one the user works on. */
const prefixed = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'or' || key === 'and' ? [key, (value as Where[]).map(prefixed)] : [`enquiry.${key}`, value],
    ),
  )

export const attachmentAccess: Access = async ({ req }) => {
  const scope = await loadCaseScope(req)
  return typeof scope === 'boolean' ? scope : prefixed(scope)
}

type Related = string | number | { id: string | number } | null | undefined

/** Full personal data is shown only to the handler the case is assigned to. */
export const isAssignedHandler = (user: { id: string | number } | null | undefined, handler: Related): boolean =>
  Boolean(user && idOf(handler) !== null && idOf(handler) === String(user.id))
