import { MEDIA_ERRORS, MEDIA_MAX_BYTES, MEDIA_MAX_PIXELS } from '../../constants/media'

/** What the media library accepts, recognised by content (magic bytes), never by name or declared type. */
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
export type MediaType = (typeof MEDIA_TYPES)[number]

export const MEDIA_EXTENSIONS: Record<MediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
}

const at = (data: Uint8Array, offset: number, bytes: readonly number[]) => bytes.every((byte, index) => data[offset + index] === byte)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

export const sniffMediaType = (data: Uint8Array): MediaType | null => {
  if (at(data, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (at(data, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (at(data, 0, ascii('RIFF')) && at(data, 8, ascii('WEBP'))) return 'image/webp'
  if (at(data, 0, ascii('%PDF-'))) return 'application/pdf'
  return null
}

/**
 * Markup a browser's content sniffing (or an old viewer) could take for a page: the longer HTML
 * tags of the WHATWG sniffing table plus SVG, XML and script, looked for where sniffers look (the
 * start). The two- and three-letter tags are left out: their bytes turn up by chance in photos.
 */
const MARKUP = /<(?:!doctype\s+html|html|head|body|script|iframe|svg|\?xml|style|title|table|font|object|embed|meta|base|form)[\s>/]/i
const SNIFF_WINDOW = 2048

export const containsMarkup = (data: Uint8Array): boolean =>
  MARKUP.test(Buffer.from(data.subarray(0, SNIFF_WINDOW)).toString('latin1'))

export type IncomingUpload = { data: Uint8Array; size: number }

/** The Chinese error for an upload that must not be stored, or its recognised type. */
export const checkUpload = (file: IncomingUpload): { error: string } | { type: MediaType } => {
  if (file.size > MEDIA_MAX_BYTES || file.data.length > MEDIA_MAX_BYTES) return { error: MEDIA_ERRORS.tooLarge }
  const type = sniffMediaType(file.data)
  if (!type) return { error: MEDIA_ERRORS.badType }
  if (containsMarkup(file.data)) return { error: MEDIA_ERRORS.polyglot }
  return { type }
}

/** Whether an image of these dimensions may be decoded (pixel bombs declare enormous ones in a small file). */
export const pixelsAllowed = (width: number | undefined, height: number | undefined): boolean =>
  Boolean(width && height) && width! * height! <= MEDIA_MAX_PIXELS
