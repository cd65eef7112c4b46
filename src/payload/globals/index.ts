import { BannedWords } from './BannedWords'
import { ExternalLinkHosts } from './ExternalLinkHosts'
import { Navigation } from './Navigation'
import { SiteSettings } from './SiteSettings'
import { withGlobalSiteNotification } from '../hooks/notifySite'
import { withGlobalWorkflow } from '../workflow/withGlobalWorkflow'

/** The holiday calendar of the cases' clocks comes from the cases plugin (src/payload/cases). */
export const globals = [
  ...[SiteSettings, Navigation].map((global) => withGlobalSiteNotification(withGlobalWorkflow(global))),
  BannedWords,
  ExternalLinkHosts,
]
