type FieldError = { path: string; message: string }

/** The field errors of a rejected Payload operation (throws if it did not fail). */
export const fieldErrors = async (operation: Promise<unknown>): Promise<FieldError[]> => {
  const outcome = await operation.then(
    () => null,
    (error: { data?: { errors?: FieldError[] } }) => error,
  )
  if (!outcome) throw new Error('expected the operation to be refused')
  return outcome.data?.errors ?? []
}
