import { type CollectionSlug, type FieldHook, type PayloadRequest, ValidationError, type Where } from 'payload'

/**
 * Uniqueness checked in our own code, not left to the database index alone: a MongoDB wire
 * server used for tests (and any deployment whose index build failed) stores unique indexes
 * without enforcing them, and Payload skips field validation on draft saves. The index stays
 * as the backstop for two writes racing past this check on a real database.
 */
export class DuplicateValueError extends ValidationError {
  readonly duplicateField: string
  constructor(collection: string, path: string, message: string, req?: PayloadRequest, label?: string) {
    // `req.t`: the toast reads 请修改这一项: <label> in the admin's language, not English.
    super({ collection, errors: [{ path, message, ...(label && { label }) }] }, req?.t)
    this.duplicateField = path
  }
}

export const isDuplicateValueError = (error: unknown, field?: string): error is DuplicateValueError =>
  error instanceof DuplicateValueError && (field === undefined || error.duplicateField === field)

/** Throws DuplicateValueError when another document of `collection` already holds `value` in `field`. */
export const assertUnique = async (args: {
  req: PayloadRequest
  collection: CollectionSlug
  field: string
  value: unknown
  ownId?: number | string
  message: string
  label?: string
}): Promise<void> => {
  const { req, collection, field, value, ownId, message, label } = args
  if (value === null || value === undefined || value === '') return
  const where: Where = { and: [{ [field]: { equals: value } }, ...(ownId !== undefined ? [{ id: { not_equals: ownId } }] : [])] }
  const { totalDocs } = await req.payload.count({ collection, where, req, overrideAccess: true })
  if (totalDocs > 0) throw new DuplicateValueError(collection, field, message, req, label)
}

/** The context key naming fields whose uniqueness the caller has made sure of for this save. */
const UNIQUE_CHECKED = 'va:uniqueChecked'

/**
 * The context of a save whose caller has made sure of these fields' uniqueness already, or
 * leaves it to an index the database enforces (`databaseEnforcesUnique`): the hook does not
 * count them again. The public enquiry intake counts its submission key itself a moment before
 * the create; the repeated counts cost it about 0.3 ms of CPU each on every submission.
 */
export const uniquenessCheckedFor = (fields: string[]) => ({ [UNIQUE_CHECKED]: fields })

/**
 * A field `beforeChange` hook (it runs on draft saves too) refusing a value another document
 * of the same collection holds, with `message` under the field.
 */
export const uniqueValue =
  (message: string): FieldHook =>
  async ({ value, originalDoc, req, collection, path, field, context }) => {
    const checked = context?.[UNIQUE_CHECKED] as string[] | undefined
    if (collection && !checked?.includes(path.join('.'))) {
      const label = typeof field.label === 'string' ? field.label : undefined
      await assertUnique({ req, collection: collection.slug as CollectionSlug, field: path.join('.'), value, ownId: originalDoc?.id, message, label })
    }
    return value
  }
