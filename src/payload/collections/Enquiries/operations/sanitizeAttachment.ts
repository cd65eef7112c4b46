import sharp from 'sharp'

import { type AttachmentType, sniffAttachmentType } from '../../../enquiries/attachments'

export type CleanFile = { data: Buffer; mimetype: AttachmentType; name: string; size: number }

const EXTENSIONS: Record<AttachmentType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }

/**
 * Re-encodes images with sharp, which drops EXIF (including GPS) and any other metadata, after
 * turning them upright; PDFs pass as they are once their content says PDF. The stored name is
 * generic: the submitter's file name may itself be personal data. Null when not acceptable.
 */
export const sanitizeAttachment = async (data: Buffer, index: number): Promise<CleanFile | null> => {
  const type = sniffAttachmentType(data)
  if (!type) return null
  let clean = data
  if (type !== 'application/pdf') {
    const image = sharp(data, { failOn: 'error' }).rotate()
    clean = await (type === 'image/png' ? image.png() : image.jpeg({ quality: 85 })).toBuffer().catch(() => null as unknown as Buffer)
    if (!clean) return null
  }
  return { data: clean, mimetype: type, name: `attachment-${index + 1}.${EXTENSIONS[type]}`, size: clean.length }
}
