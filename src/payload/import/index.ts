/**
 * The importer of old articles: reading the files (collectFiles, decodeText, extract/), cleaning
 * and converting them (clean, toMarkdown, toLexical, toSimplified), finding duplicates
 * (duplicates/), and writing drafts with a report (importArticles). payload.config.ts registers
 * it as the `importer()` plugin (plugin.ts).
 */
export { importer } from './plugin'
