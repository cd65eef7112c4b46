import type { StationCandidate } from '../types'

const SUFFIX = /退役军人服务(?:站|中心|室)$/u
const COUNTY = /^\p{Script=Han}{1,6}?[县市区旗](?=\p{Script=Han}{2,}(?:[镇乡]|街道|村|社区))/u
const PLACE = /(?:[镇乡]|街道|村|社区)$/u

/**
 * The names a station may go by in an article: its full name, and its place name with and
 * without the county ("南屏县城关镇", "城关镇"). Bare county names are left out: they would
 * match the county centre in every article.
 */
export const stationAliases = (name: string): string[] => {
  const place = name.replace(SUFFIX, '')
  const local = place.replace(COUNTY, '')
  return [...new Set([name, place, local])].filter((alias) => alias === name || (alias.length >= 3 && PLACE.test(alias)))
}

/** Stations the text mentions, as suggestions for the article's related stations. */
export const matchStations = (text: string, stations: readonly StationCandidate[]): StationCandidate[] =>
  stations.filter((station) => stationAliases(station.name).some((alias) => text.includes(alias)))
