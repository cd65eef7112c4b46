/**
 * Official administrative division codes: 6 digits (province/city/county) or the
 * 12-digit statistical code that also identifies townships and villages.
 */
export const isDivisionCode = (value: unknown): boolean =>
  typeof value === 'string' && /^(\d{6}|\d{12})$/.test(value)
