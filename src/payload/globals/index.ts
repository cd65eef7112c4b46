import { BannedWords } from './BannedWords'
import { HolidayCalendar } from './HolidayCalendar'
import { Navigation } from './Navigation'
import { SiteSettings } from './SiteSettings'
import { withGlobalSiteNotification } from '../hooks/notifySite'

export const globals = [...[SiteSettings, Navigation].map(withGlobalSiteNotification), HolidayCalendar, BannedWords]
