const BASE = 'http://same-site.invalid'

/**
 * The path, query and fragment of `value` when it names a page of this site, else null.
 * Browsers read `//host`, `/\host`, `/<TAB>/host` and similar as other sites, so the value is
 * parsed as a browser would (WHATWG URL) and must come back to this origin; control characters
 * (a CR/LF would split a header) are refused outright.
 */
export const sameSitePath = (value: string | null | undefined): string | null => {
  if (!value || !value.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(value)) return null
  let parsed: URL
  try {
    parsed = new URL(value, BASE)
  } catch {
    return null
  }
  // `/..//host` resolves to the path `//host`, which a Location header would send off-site.
  if (parsed.origin !== BASE || parsed.pathname.startsWith('//')) return null
  return `${parsed.pathname}${parsed.search}${parsed.hash}`
}
