const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 96 && SLUG_PATTERN.test(value)

/**
 * Chinese titles do not transliterate reliably, so new items get a dated slug
 * (the habit of government sites: t20261121_…), stable once saved.
 */
export const generateSlug = (now: Date = new Date(), random: () => number = Math.random): string => {
  const date = now.toISOString().slice(0, 10).replaceAll('-', '')
  const suffix = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')
  return `${date}-${suffix}`
}
