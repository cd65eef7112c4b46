import { CONTENT_ROLES } from '../constants/roles'
import { userHasRole } from '../access/userHasRole'
import { idOf } from '../../shared'

type MaybeUser = { roles?: readonly string[] | null; station?: string | { id: string } | null } | null | undefined

/** The station a station-staff user is limited to, or null when the user is not limited to one. */
export const stationScope = (user: MaybeUser): string | null => {
  if (!user || !userHasRole(user, ['stationStaff']) || userHasRole(user, CONTENT_ROLES)) return null
  return idOf(user.station) ?? 'none'
}
