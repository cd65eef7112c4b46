/**
 * The admin as a bureau's staff see it: Payload's Chinese with the strings it words badly
 * replaced (translations.ts), Chinese upload column headings, the API tab for administrators
 * only, and the hard-coded English of Payload and Lexical translated (AdminStrings.tsx).
 * payload.config.ts registers it as the `staffAdmin()` plugin (plugin.ts).
 */
export { staffAdmin } from './plugin'
export { ADMIN_TRANSLATIONS } from './translations'
