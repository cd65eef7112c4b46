import { Commendations } from './Commendations'
import { ConsultationOpinions } from './ConsultationOpinions'
import { Consultations } from './Consultations'
import { Interpretations } from './Interpretations'
import { Leaders } from './Leaders'
import { Media } from './Media'
import { News } from './News'
import { OrgUnits } from './OrgUnits'
import { Pages } from './Pages'
import { Policies } from './Policies'
import { ServiceGuides } from './ServiceGuides'
import { Stations } from './Stations'
import { Users } from './Users'
import { Veterans } from './Veterans'

/**
 * The back office's own collections, as they are declared. The plugins in payload.config.ts add
 * behaviour to them (review, media use, site purges, login audit) and add their own collections:
 * the audit log last (workflow()), the import reports (importer()) and the cases' collections
 * (cases()), both before Users.
 */
export const collections = [News, Policies, Interpretations, ServiceGuides, Consultations, ConsultationOpinions, Pages, Stations, Veterans, Commendations, Leaders, OrgUnits, Media, Users]

/** The content the public site shows; the media files it uses are public while it is (mediaUse()). */
export const SITE_CONTENT = ['news', 'policies', 'interpretations', 'serviceGuides', 'consultations', 'pages', 'stations', 'veterans', 'commendations', 'leaders', 'orgUnits'] as const
