import { getTranslation } from '@payloadcms/translations'
import type { AfterErrorHook, FlattenedField, PayloadRequest } from 'payload'

type FieldErrorItem = { path?: string; label?: unknown; message?: string }

/** The label of the field at a dotted path ("publication.published", "items.0.title"), nested labels joined as Payload joins them. */
const labelAt = (fields: readonly FlattenedField[] | undefined, path: string, req: PayloadRequest): string | undefined => {
  const labels: string[] = []
  let current = fields
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    const field = current?.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    const label = 'label' in field && field.label ? getTranslation(field.label as never, req.i18n) : undefined
    if (typeof label !== 'string' || !label) return undefined
    labels.push(label)
    current = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return labels.length ? labels.join(' > ') : undefined
}

/**
 * Rewrites the summary of a field-error answer (the admin's toast) in the admin's language with
 * the fields' labels: a ValidationError made without a translator says "The following field is
 * invalid: status", and one made with it still lists raw paths. The per-field messages, shown
 * beside each field, stay as they are; a path without a label (or in a site-wide setting, which
 * this hook cannot see) is named by its message instead.
 */
export const labelFieldErrors: AfterErrorHook = ({ collection, error, req, result }) => {
  const items = (error as { data?: { errors?: FieldErrorItem[] } }).data?.errors
  const [only, ...rest] = result?.errors ?? []
  if (!result || !only || rest.length || !Array.isArray(items) || !items.length || !items.every((item) => item?.path)) return
  // Payload's own validation already gives each field's label path; ours give a path to look up.
  const given = (item: FieldErrorItem) => (typeof item.label === 'string' && item.label ? item.label : undefined)
  const names = items.map((item) => given(item) ?? labelAt(collection?.flattenedFields, item.path!, req) ?? item.message ?? '')
  const message = `${req.t('error:followingFieldsInvalid', { count: items.length })} ${names.join(', ')}`
  return { response: { ...result, errors: [{ ...only, message }] } }
}
