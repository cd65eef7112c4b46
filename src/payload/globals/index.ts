import { BannedWords } from './BannedWords'
import { BureauProfile } from './BureauProfile'
import { ExternalLinkHosts } from './ExternalLinkHosts'
import { MediaAccounts } from './MediaAccounts'
import { Navigation } from './Navigation'
import { SiteSettings } from './SiteSettings'

/**
 * The back office's own globals, as they are declared. workflow() reviews SiteSettings,
 * Navigation, BureauProfile and MediaAccounts and siteCache() purges the site when they are published (payload.config.ts); the
 * holiday calendar of the cases' clocks comes from the cases plugin (src/payload/cases).
 */
export const globals = [SiteSettings, Navigation, BureauProfile, MediaAccounts, BannedWords, ExternalLinkHosts]

/** The globals the public site shows: on every page (settings, menus) and on the 机构概况 page. */
export const SITE_GLOBALS = ['siteSettings', 'navigation', 'bureauProfile'] as const

/** The globals whose pictures the public sees (党政机关 mark, 政务新媒体 QR codes): mediaUse() makes them public while published. */
export const MEDIA_GLOBALS = ['siteSettings', 'mediaAccounts'] as const
