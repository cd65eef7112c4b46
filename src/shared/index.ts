/**
 * What the back office (src/payload) and the public site (src/site) both use, written once.
 * The one entry point of src/shared: import from here, never from its files. Plain TypeScript
 * with no Payload, Astro or Node imports, so that server code and browser bundles on either
 * side can take it (tests/unit/importBoundaries.unit.test.ts checks this).
 */

export { beijingDate, beijingDateTime, fromBeijingInput, fromPickedBeijingTime } from './beijingTime'
export { PURGE_LOG_PATH, PURGE_LOG_POLL_MS, PURGE_PATH, PURGE_TOKEN_HEADER, purgeToken, sendPurge } from './purge'
export { normalizeOldPath, oldPathProblem, SITE_SEGMENTS } from './oldAddress'
export { PUBLIC_COLLECTIONS, publicPath, type PublicCollection } from './publicPath'
export { parseSynonyms, SYNONYM_MAX_LENGTH, synonymsProblem } from './searchSynonyms'

/** Text made safe inside HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * The id a relationship value holds, as a string, whether Payload populated it (the document)
 * or not (the id itself); null when it holds none.
 */
export const idOf = (value: unknown): string | null => {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === null || id === undefined || id === '' ? null : String(id)
}
