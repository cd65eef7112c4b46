import { STATION_LEVEL_LABELS } from '../../payload/constants/stations'
import type { StationFilter } from './content/stations'

/** The directory's filters as read from a query string; anything unknown is dropped. */
export const readStationFilter = (params: URLSearchParams): StationFilter => {
  const level = params.get('level') ?? ''
  const region = params.get('region') ?? ''
  const honour = params.get('honour') ?? ''
  return {
    ...(Object.hasOwn(STATION_LEVEL_LABELS, level) ? { level } : {}),
    ...(/^\d{6,12}$/.test(region) ? { region } : {}),
    ...(/^[a-z0-9]{1,20}$/.test(honour) ? { honour } : {}),
  }
}

/** The query string that keeps these filters ("" when there are none). */
export const stationFilterQuery = (filter: StationFilter): string => {
  const params = new URLSearchParams()
  for (const name of ['level', 'region', 'honour'] as const) if (filter[name]) params.set(name, filter[name])
  const query = params.toString()
  return query ? `?${query}` : ''
}
