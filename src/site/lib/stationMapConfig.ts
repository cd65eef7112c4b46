import type { SiteSetting } from '../../payload-types'
import { tileOrigin, tileUrlProblem } from '../../payload/rules/tileUrl'

export type StationMapConfig = {
  tileUrl: string
  subdomains: string
  maxZoom: number
  /** Plain text; the map script shows it as text, never as HTML. */
  attribution: string
  /** The only third-party origin the map view may contact. */
  origin: string
}

/** The tile service from the site settings, or null when none is configured (then there is no map view). */
export const stationMapConfig = (map: SiteSetting['map']): StationMapConfig | null => {
  const tileUrl = map?.tileUrl?.trim()
  if (!tileUrl || tileUrlProblem(tileUrl)) return null
  const origin = tileOrigin(tileUrl)
  if (!origin) return null
  const maxZoom = map?.maxZoom && map.maxZoom >= 1 && map.maxZoom <= 22 ? Math.floor(map.maxZoom) : 18
  return { tileUrl, subdomains: map?.subdomains?.trim() || 'abc', maxZoom, attribution: map?.attribution?.trim() ?? '', origin }
}
