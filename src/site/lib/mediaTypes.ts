import path from 'node:path'

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
}

/** The content type of an uploaded file the site may serve, or null for any other name. */
export const mediaContentType = (filename: string): string | null =>
  filename === path.basename(filename) && !filename.startsWith('.') ? (TYPES[path.extname(filename).toLowerCase()] ?? null) : null
