import type { MediaAccount, Navigation, SiteSetting } from '../../../payload-types'
import { payload } from '../payload'
import { asPublic } from './publicRead'

/** Depth 1: the 党政机关 mark's picture comes with its address (only once the public may see it). */
export const getSiteSettings = async (): Promise<SiteSetting> =>
  (await payload()).findGlobal({ slug: 'siteSettings', ...asPublic, depth: 1 })

/** 政务新媒体, with each account's QR picture. */
export const getMediaAccounts = async (): Promise<MediaAccount> =>
  (await payload()).findGlobal({ slug: 'mediaAccounts', ...asPublic, depth: 1 })

export const getNavigation = async (): Promise<Navigation> =>
  (await payload()).findGlobal({ slug: 'navigation', ...asPublic, depth: 0 })
