import type { Access } from 'payload'

/**
 * Staff read everything; the public reads published documents only.
 * Returning a query (not `true`) is what keeps drafts out of REST and GraphQL answers.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }
