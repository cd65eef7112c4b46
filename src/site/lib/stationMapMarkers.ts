import type { Station } from '../../payload-types'
import { STATION_LEVEL_LABELS } from '../../payload/constants/stations'
import { stationCoordinates } from './stationCoordinates'

export type StationMarker = { slug: string; name: string; href: string; level: string; address: string; lat: number; lng: number }

/** What the map draws: one marker per station that has coordinates, each linking to its page. */
export const stationMarkers = (stations: Pick<Station, 'slug' | 'name' | 'level' | 'address' | 'geo'>[]): StationMarker[] =>
  stations.flatMap((station) => {
    const at = stationCoordinates(station)
    return at && station.slug
      ? [
          {
            slug: station.slug,
            name: station.name,
            href: `/stations/${station.slug}`,
            level: STATION_LEVEL_LABELS[station.level],
            address: station.address,
            ...at,
          },
        ]
      : []
  })
