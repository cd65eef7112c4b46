import type { Where } from 'payload'

/** What the public may read of a person: published, and only with their recorded consent. */
export const publicVeteranWhere: Where = {
  and: [{ _status: { equals: 'published' } }, { 'consent.given': { equals: true } }],
}
