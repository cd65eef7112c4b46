import type { Config, Plugin } from 'payload'

import { withMediaUse } from './hooks'

export type MediaUseOptions = {
  /** The collections the public site shows whose documents use media (uploads, rich text). */
  collections: readonly string[]
}

/**
 * A media file is public only while a document the public may read uses it: each listed
 * collection records the media it uses (a hidden field) and recomputes the files' flag on every
 * change (hooks.ts; the flag and the file rule live with the Media collection, collections/Media).
 * It only adds a field and hooks.
 */
export const mediaUse =
  ({ collections }: MediaUseOptions): Plugin =>
  (config: Config): Config => {
    const missing = collections.filter((slug) => !(config.collections ?? []).some((collection) => collection.slug === slug))
    if (missing.length) throw new Error(`mediaUse(): no collection ${missing.map((slug) => `'${slug}'`).join(', ')} in the config`)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => (collections.includes(collection.slug) ? withMediaUse(collection) : collection)),
    }
  }
