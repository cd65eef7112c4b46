import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

/** A person's profile goes public only once their consent is recorded. */
export const requireConsentToPublish: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  if (data._status === 'published' && !data.consent?.given) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'consent.given', message: '未取得本人书面同意,不能公开发布先进典型信息' }],
      },
      req.t,
    )
  }
  return data
}
