import type { Media } from '../../../payload-types'
import { findOnePublic } from './publicRead'

/** A media document whose original or resized file has this name, if the public may read it. */
export const findMediaByFilename = (filename: string) => {
  const sizes = ['thumbnail', 'card', 'hero'].map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } }))
  return findOnePublic('media', { or: [{ filename: { equals: filename } }, ...sizes] }, 0) as Promise<Media | null>
}
