import { BannedWords } from './BannedWords'
import { ExternalLinkHosts } from './ExternalLinkHosts'
import { Navigation } from './Navigation'
import { SiteSettings } from './SiteSettings'

/**
 * The back office's own globals, as they are declared. workflow() reviews SiteSettings and
 * Navigation and siteCache() purges the site when they are published (payload.config.ts); the
 * holiday calendar of the cases' clocks comes from the cases plugin (src/payload/cases).
 */
export const globals = [SiteSettings, Navigation, BannedWords, ExternalLinkHosts]

/** The globals the public site shows on every page. */
export const SITE_GLOBALS = ['siteSettings', 'navigation'] as const
