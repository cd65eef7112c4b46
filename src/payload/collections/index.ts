import { Commendations } from './Commendations'
import { Enquiries } from './Enquiries'
import { ImportReports } from './ImportReports'
import { Interpretations } from './Interpretations'
import { Media } from './Media'
import { News } from './News'
import { Policies } from './Policies'
import { Stations } from './Stations'
import { Users } from './Users'
import { Veterans } from './Veterans'

export const collections = [News, Policies, Interpretations, Stations, Veterans, Commendations, Enquiries, ImportReports, Media, Users]
