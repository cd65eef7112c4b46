import type { Station } from '../../payload-types'

export type Coordinates = { lat: number; lng: number }

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit

/** A station's coordinates when both are set and in range, or null. */
export const stationCoordinates = (station: Pick<Station, 'geo'>): Coordinates | null => {
  const { lat, lng } = station.geo ?? {}
  return isCoordinate(lat, 90) && isCoordinate(lng, 180) ? { lat, lng } : null
}

/** 北纬 27.1045°，东经 111.5071° — as read aloud and printed, without signs. */
export const formatCoordinates = ({ lat, lng }: Coordinates): string =>
  `${lat < 0 ? '南纬' : '北纬'} ${Math.abs(lat)}°，${lng < 0 ? '西经' : '东经'} ${Math.abs(lng)}°`

/**
 * Directions to a station in 高德地图 (its web page opens in the browser, offers 路线 and 导航 and
 * hands over to the app on a phone). The stored coordinates are WGS-84 (GPS), as the map view's
 * tiles are; coordinate=wgs84 has 高德 convert them to its own GCJ-02, so the pin is not ~500 m off.
 */
export const directionsHref = ({ lat, lng }: Coordinates, name: string): string =>
  `https://uri.amap.com/marker?${new URLSearchParams({ position: `${lng},${lat}`, name, coordinate: 'wgs84', callnative: '0' })}`
