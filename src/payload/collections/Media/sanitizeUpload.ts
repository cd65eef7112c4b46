import path from 'node:path'

import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { stripMetadata } from './stripMetadata'
import { checkUpload, MEDIA_EXTENSIONS } from './uploadRules'

/**
 * Runs before Payload stores an uploaded file (create, or update with a new file): refuses what
 * checkUpload or stripMetadata refuse, and hands Payload the cleaned image under a name whose
 * extension is that of the recognised type.
 */
export const sanitizeUpload: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  // Access is checked after this hook: an anonymous request is refused there, without decoding its file.
  if (!req.user && !overrideAccess) return args
  const refuse = (message: string) => new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message }] }, req.t)
  const checked = checkUpload({ data: file.data, size: file.size })
  if ('error' in checked) throw refuse(checked.error)
  let data = file.data
  if (checked.type !== 'application/pdf') {
    const stripped = await stripMetadata(file.data, checked.type)
    if ('error' in stripped) throw refuse(stripped.error)
    data = stripped.data
  }
  const base = path.basename(file.name, path.extname(file.name)) || 'file'
  req.file = { ...file, data, size: data.length, mimetype: checked.type, name: `${base}.${MEDIA_EXTENSIONS[checked.type]}` }
  return args
}
