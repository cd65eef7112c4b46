import type { CollectionConfig } from 'payload'

/**
 * A feature plugin's collections, placed before the accounts (`users`): the admin menu lists
 * groups in the order of their first collection, so the feature's group stays above 系统.
 */
export const insertBeforeUsers = (collections: CollectionConfig[], added: CollectionConfig[]): CollectionConfig[] => {
  const at = collections.findIndex((collection) => collection.slug === 'users')
  return at < 0 ? [...collections, ...added] : [...collections.slice(0, at), ...added, ...collections.slice(at)]
}
