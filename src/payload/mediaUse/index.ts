import type { Config, Plugin } from 'payload'

import { withMediaUse, withMediaUseGlobal } from './hooks'

export type MediaUseOptions = {
  /** The collections the public site shows whose documents use media (uploads, rich text). */
  collections: readonly string[]
  /** The globals the public site shows that use media (the files of their published version are public). */
  globals?: readonly string[]
}

/**
 * A media file is public only while a document the public may read uses it: each listed
 * collection records the media it uses (a hidden field) and recomputes the files' flag on every
 * change (hooks.ts; the flag and the file rule live with the Media collection, collections/Media).
 * It only adds a field and hooks.
 */
export const mediaUse =
  ({ collections, globals = [] }: MediaUseOptions): Plugin =>
  (config: Config): Config => {
    const missing = collections.filter((slug) => !(config.collections ?? []).some((collection) => collection.slug === slug))
    if (missing.length) throw new Error(`mediaUse(): no collection ${missing.map((slug) => `'${slug}'`).join(', ')} in the config`)
    const missingGlobals = globals.filter((slug) => !(config.globals ?? []).some((global) => global.slug === slug))
    if (missingGlobals.length) throw new Error(`mediaUse(): no global ${missingGlobals.map((slug) => `'${slug}'`).join(', ')} in the config`)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => (collections.includes(collection.slug) ? withMediaUse(collection) : collection)),
      globals: (config.globals ?? []).map((global) => (globals.includes(global.slug) ? withMediaUseGlobal(global) : global)),
    }
  }
