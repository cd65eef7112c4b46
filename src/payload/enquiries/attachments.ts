/** What a submitter may attach, checked by content (magic bytes), never by name or claimed type. */
export const ATTACHMENT_LIMITS = { maxFiles: 3, maxBytes: 5 * 1024 * 1024 } as const

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((byte, index) => data[index] === byte)

export const sniffAttachmentType = (data: Uint8Array): AttachmentType | null => {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'
  return null
}

export type IncomingFile = { name: string; size: number }

/** The field error for a set of files, or null when they may be stored. */
export const checkAttachmentList = (files: readonly IncomingFile[]): string | null => {
  if (files.length > ATTACHMENT_LIMITS.maxFiles) return `最多上传 ${ATTACHMENT_LIMITS.maxFiles} 个附件`
  if (files.some((file) => file.size > ATTACHMENT_LIMITS.maxBytes)) return '每个附件不能超过 5 MB'
  return null
}
