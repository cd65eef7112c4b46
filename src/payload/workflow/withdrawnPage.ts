import type { Payload } from 'payload'

import type { WorkflowCollection } from './chains'

/**
 * Whether the page at this slug was withdrawn and taken off the site, so the public site can
 * answer 410 Gone instead of 404. It reveals nothing but that yes/no: the item itself stays
 * unreadable to the public.
 */
export const isWithdrawnAndRemoved = async (payload: Payload, collection: WorkflowCollection, slug: string): Promise<boolean> => {
  const { totalDocs } = await payload.count({
    collection,
    where: {
      and: [{ slug: { equals: slug } }, { _status: { equals: 'draft' } }, { 'withdrawal.mode': { equals: 'gone' } }],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}
