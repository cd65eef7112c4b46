/** The admin's file routes: Payload's /api/<upload collection>/file/<name> and the /media/<name> alias. */
const FILE_ROUTE = /^\/(?:api\/[^/]+\/file|media)\/(.+)$/

/** Decodes once; undefined for a malformed escape (a stray %, a broken UTF-8 sequence). */
const decodeOnce = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

/**
 * False for a request path naming an uploaded file that no upload can have: a path separator
 * or a control character (Payload strips both from uploaded names) however many times it was
 * percent-encoded (%2F, %252F, %00 …), or an escape that does not decode. Such a name reached
 * the disk lookup and answered 500; it is a bad request. Paths outside the file routes are true.
 */
export const isPlausibleFilePath = (pathname: string): boolean => {
  const match = FILE_ROUTE.exec(pathname)
  if (!match) return true
  let name: string | undefined = match[1]
  for (let depth = 0; depth < 4 && name !== undefined; depth += 1) {
    const decoded: string | undefined = decodeOnce(name)
    if (decoded === undefined) return depth > 0
    if (/[/\\\u0000-\u001f\u007f-\u009f]/.test(decoded)) return false
    if (decoded === name) return true
    name = decoded
  }
  return false
}
