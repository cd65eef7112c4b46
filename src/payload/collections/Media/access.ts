import type { Access, Where } from 'payload'

import { userHasRole } from '../../access/userHasRole'
import { CONTENT_ROLES } from '../../constants/roles'

const publicFiles: Where = { publicUse: { equals: true } }
const uploadedBy = (id: string | number): Where => ({ uploadedBy: { equals: id } })

/**
 * Files and their records (Payload's file route applies this to the files too): the public sees
 * only files a public item uses; content staff everything; station staff public files and their
 * own uploads; every other role no more than the public.
 */
export const readMedia: Access = ({ req: { user } }) => {
  if (userHasRole(user, CONTENT_ROLES)) return true
  if (user && userHasRole(user, ['stationStaff'])) return { or: [publicFiles, uploadedBy(user.id)] }
  return publicFiles
}

/** Content staff edit any media item, station staff only what they uploaded (the replacement guard applies to all). */
export const updateMedia: Access = ({ req: { user } }) => {
  if (userHasRole(user, CONTENT_ROLES)) return true
  return user && userHasRole(user, ['stationStaff']) ? uploadedBy(user.id) : false
}
