type Related = string | number | { id: string | number } | null | undefined

const idOf = (value: Related) => (value && typeof value === 'object' ? value.id : value)

/** Full personal data is shown only to the handler the case is assigned to. */
export const isAssignedHandler = (user: { id: string | number } | null | undefined, handler: Related): boolean =>
  Boolean(user && idOf(handler) !== undefined && idOf(handler) !== null && String(idOf(handler)) === String(user.id))
