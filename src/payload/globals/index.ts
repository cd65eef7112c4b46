import { Navigation } from './Navigation'
import { SiteSettings } from './SiteSettings'

export const globals = [SiteSettings, Navigation]
