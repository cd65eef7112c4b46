import { describe, expect, it } from 'vitest'

import { directionsHref } from '../../src/site/lib/stationCoordinates'

describe('directions to a station', () => {
  it('should open 高德地图 at the station, longitude first, with its name, from WGS-84 coordinates', () => {
    const url = new URL(directionsHref({ lat: 27.1045, lng: 111.5071 }, '南屏县退役军人服务中心'))
    expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker')
    expect(url.searchParams.get('position')).toBe('111.5071,27.1045')
    expect(url.searchParams.get('name')).toBe('南屏县退役军人服务中心')
    expect(url.searchParams.get('coordinate')).toBe('wgs84')
    expect(url.searchParams.get('callnative')).toBe('0')
  })

  it('should keep a name with & or # inside its parameter', () => {
    const url = new URL(directionsHref({ lat: 1, lng: 2 }, 'A&B #1'))
    expect(url.searchParams.get('name')).toBe('A&B #1')
    expect(url.hash).toBe('')
  })
})
