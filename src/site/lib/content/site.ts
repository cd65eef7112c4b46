import type { Navigation, SiteSetting } from '../../../payload-types'
import { payload } from '../payload'
import { asPublic } from './publicRead'

export const getSiteSettings = async (): Promise<SiteSetting> =>
  (await payload()).findGlobal({ slug: 'siteSettings', ...asPublic, depth: 0 })

export const getNavigation = async (): Promise<Navigation> =>
  (await payload()).findGlobal({ slug: 'navigation', ...asPublic, depth: 0 })
