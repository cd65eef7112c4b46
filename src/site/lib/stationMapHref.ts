import type { StationFilter } from './content/stations'
import { stationFilterQuery } from './stationFilter'

export const STATION_MAP_PATH = '/stations/map'

/** The map view of the directory, with the same filters as the list it comes from. */
export const stationMapHref = (filter: StationFilter): string => `${STATION_MAP_PATH}${stationFilterQuery(filter)}`

/** The map view centred on one station (from its profile page). */
export const stationMapFocusHref = (slug: string): string => `${STATION_MAP_PATH}?station=${encodeURIComponent(slug)}`

/** Back from the map view to the plain list, filters kept. */
export const stationListHref = (filter: StationFilter): string => `/stations${stationFilterQuery(filter)}`
