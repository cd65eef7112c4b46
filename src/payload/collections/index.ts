import { Commendations } from './Commendations'
import { ImportReports } from './ImportReports'
import { Interpretations } from './Interpretations'
import { Media } from './Media'
import { News } from './News'
import { Policies } from './Policies'
import { Stations } from './Stations'
import { Users } from './Users'
import { Veterans } from './Veterans'
import { withMediaUse } from '../hooks/withMediaUse'
import { withSiteNotification } from '../hooks/notifySite'
import { withAuditedUsers } from '../workflow/withAuditedUsers'
import { withWorkflow } from '../workflow/withWorkflow'
import { AuditLog } from './AuditLog'

/** The content the public site shows; the media files it uses are public while it is (withMediaUse). */
const content = [News, Policies, Interpretations, Stations, Veterans, Commendations].map(withMediaUse)

/** What the public site shows: a change there purges the site's page cache. */
const shownOnSite = [...content, Media].map(withWorkflow).map(withSiteNotification)

/** The cases' collections (留言办理) come from the cases plugin (src/payload/cases), which puts them before Users. */
export const collections = [...shownOnSite, ImportReports, withAuditedUsers(Users), AuditLog]
