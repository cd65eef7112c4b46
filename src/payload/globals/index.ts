import { BannedWords } from './BannedWords'
import { BureauProfile } from './BureauProfile'
import { ExternalLinkHosts } from './ExternalLinkHosts'
import { Navigation } from './Navigation'
import { SiteSettings } from './SiteSettings'

/**
 * The back office's own globals, as they are declared. workflow() reviews SiteSettings,
 * Navigation and BureauProfile and siteCache() purges the site when they are published (payload.config.ts); the
 * holiday calendar of the cases' clocks comes from the cases plugin (src/payload/cases).
 */
export const globals = [SiteSettings, Navigation, BureauProfile, BannedWords, ExternalLinkHosts]

/** The globals the public site shows: on every page (settings, menus) and on the 机构概况 page. */
export const SITE_GLOBALS = ['siteSettings', 'navigation', 'bureauProfile'] as const
