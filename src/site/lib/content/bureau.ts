import type { BureauProfile, Leader, OrgUnit, SiteSetting } from '../../../payload-types'
import { payload } from '../payload'
import { asPublic, findPublic } from './publicRead'
import { getSiteSettings } from './site'

export type Bureau = {
  profile: BureauProfile
  /** 联系方式: the site settings' address, phone and hours (the footer's and 联系我们's too). */
  settings: SiteSetting
  leaders: Leader[]
  units: OrgUnit[]
  /** When what the page shows last changed: the latest publication among its parts. */
  updatedAt: string | null
}

const latest = (dates: (string | null | undefined)[]) =>
  dates.filter((date): date is string => Boolean(date)).sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null

/**
 * The 机构概况 page's content, as the public may read it: the published functions, map entry and contact,
 * the published current leaders (publicLeaderWhere; former leaders stay in the admin) and units,
 * each in the order staff gave them.
 */
export const getBureau = async (): Promise<Bureau> => {
  const [profile, settings, leaders, units] = await Promise.all([
    (await payload()).findGlobal({ slug: 'bureauProfile', ...asPublic, depth: 1 }),
    getSiteSettings(),
    findPublic({ collection: 'leaders', sort: ['order', 'name'], depth: 1, pagination: false }),
    findPublic({ collection: 'orgUnits', sort: ['order', 'name'], depth: 0, pagination: false }),
  ])
  const docs = [...leaders.docs, ...units.docs] as (Leader | OrgUnit)[]
  return {
    profile,
    settings,
    leaders: leaders.docs as Leader[],
    units: units.docs as OrgUnit[],
    updatedAt: latest([profile.updatedAt, ...docs.map((doc) => doc.updatedAt)]),
  }
}
