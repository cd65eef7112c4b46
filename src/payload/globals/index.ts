import { BannedWords } from './BannedWords'
import { ExternalLinkHosts } from './ExternalLinkHosts'
import { HolidayCalendar } from './HolidayCalendar'
import { Navigation } from './Navigation'
import { SiteSettings } from './SiteSettings'
import { withGlobalSiteNotification } from '../hooks/notifySite'
import { withGlobalWorkflow } from '../workflow/withGlobalWorkflow'

export const globals = [
  ...[SiteSettings, Navigation].map((global) => withGlobalSiteNotification(withGlobalWorkflow(global))),
  HolidayCalendar,
  BannedWords,
  ExternalLinkHosts,
]
