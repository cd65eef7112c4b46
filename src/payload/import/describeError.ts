type FieldError = { label?: string; path: string; message: string }

/**
 * Payload's ValidationError, known by its shape: in the admin's production build the class the
 * operation threw may come from another copy of Payload's modules, so `instanceof` can miss it.
 */
const fieldErrorsOf = (error: unknown): FieldError[] | null => {
  const errors = (error as { data?: { errors?: unknown } } | null)?.data?.errors
  return Array.isArray(errors) ? (errors as FieldError[]) : null
}

/** Why an article could not be saved, for the import report: each field and its message when Payload gave them. */
export const describeError = (error: unknown): string => {
  const fields = fieldErrorsOf(error)
  if (fields) return `保存失败:${fields.map((item) => `${item.label ?? item.path}(${item.message})`).join(';')}`
  return error instanceof Error ? error.message : String(error)
}
