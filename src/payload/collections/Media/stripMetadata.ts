import sharp from 'sharp'

import { MEDIA_ERRORS, MEDIA_MAX_PIXELS } from '../../constants/media'
import { type MediaType, pixelsAllowed } from './uploadRules'

type ImageType = Exclude<MediaType, 'application/pdf'>

/**
 * Re-encodes an image in its own format without any metadata (EXIF with GPS and camera, XMP,
 * IPTC, comments), after turning it upright by its EXIF orientation, so the stored original, and
 * every size Payload derives from it, carries nothing but pixels. The error is the Chinese
 * message for an image that is too large to decode or unreadable.
 */
export const stripMetadata = async (data: Uint8Array, type: ImageType): Promise<{ data: Buffer } | { error: string }> => {
  // The header alone gives the dimensions (sharp's own limit would hide them behind a generic
  // error); only an image within the limit is ever decoded.
  const info = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => null)
  if (!info) return { error: MEDIA_ERRORS.unreadable }
  if (!pixelsAllowed(info.width, info.height)) return { error: MEDIA_ERRORS.tooManyPixels }
  const image = sharp(data, { limitInputPixels: MEDIA_MAX_PIXELS, failOn: 'error' }).rotate()
  const encoded = type === 'image/png' ? image.png() : type === 'image/webp' ? image.webp({ quality: 90 }) : image.jpeg({ quality: 90 })
  const clean = await encoded.toBuffer().catch(() => null)
  return clean ? { data: clean } : { error: MEDIA_ERRORS.unreadable }
}
