import { describe, expect, it } from 'vitest'

import { tileOrigin, tileUrlProblem } from '../../src/payload/rules/tileUrl'
import { formatCoordinates, stationCoordinates } from '../../src/site/lib/stationCoordinates'
import { readStationFilter, stationFilterQuery } from '../../src/site/lib/stationFilter'
import { stationMapConfig } from '../../src/site/lib/stationMapConfig'
import { stationListHref, stationMapFocusHref, stationMapHref } from '../../src/site/lib/stationMapHref'
import { stationMarkers } from '../../src/site/lib/stationMapMarkers'

const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'

describe('station directory filters', () => {
  it('should keep known filters and drop unknown or malformed ones', () => {
    const params = new URLSearchParams('level=village&region=439901103&honour=star4&page=2')
    expect(readStationFilter(params)).toEqual({ level: 'village', region: '439901103', honour: 'star4' })
    expect(readStationFilter(new URLSearchParams('level=toString&region=43&honour=<b>'))).toEqual({})
    expect(readStationFilter(new URLSearchParams('level=&region=&honour='))).toEqual({})
  })

  it('should write the filters back as a query string in a fixed order', () => {
    expect(stationFilterQuery({ honour: 'national', level: 'township' })).toBe('?level=township&honour=national')
    expect(stationFilterQuery({})).toBe('')
  })
})

describe('map view links', () => {
  it('should keep the current filters when switching between list and map', () => {
    const filter = readStationFilter(new URLSearchParams('level=village&region=439901103'))
    expect(stationMapHref(filter)).toBe('/stations/map?level=village&region=439901103')
    expect(stationListHref(filter)).toBe('/stations?level=village&region=439901103')
    expect(stationMapHref({})).toBe('/stations/map')
    expect(stationListHref({})).toBe('/stations')
  })

  it('should centre the map view on one station by its slug', () => {
    expect(stationMapFocusHref('baisha-township')).toBe('/stations/map?station=baisha-township')
    expect(stationMapFocusHref('a&b')).toBe('/stations/map?station=a%26b')
  })
})

describe('station coordinates', () => {
  it('should accept only both coordinates, finite and in range', () => {
    expect(stationCoordinates({ geo: { lat: 27.1045, lng: 111.5071 } })).toEqual({ lat: 27.1045, lng: 111.5071 })
    expect(stationCoordinates({ geo: { lat: 27.1, lng: null } })).toBeNull()
    expect(stationCoordinates({ geo: { lat: 91, lng: 111 } })).toBeNull()
    expect(stationCoordinates({ geo: { lat: 27, lng: Number.NaN } })).toBeNull()
    expect(stationCoordinates({})).toBeNull()
  })

  it('should write coordinates in words rather than signs', () => {
    expect(formatCoordinates({ lat: 27.1045, lng: 111.5071 })).toBe('北纬 27.1045°，东经 111.5071°')
    expect(formatCoordinates({ lat: -33.9, lng: -70.6 })).toBe('南纬 33.9°，西经 70.6°')
  })
})

describe('map markers', () => {
  const station = { slug: 'baisha-township', name: '白沙乡服务站', level: 'township' as const, address: '白沙乡政府院内' }

  it('should make one marker per station with coordinates, linking to its page', () => {
    const markers = stationMarkers([
      { ...station, geo: { lat: 27.11, lng: 111.52 } },
      { ...station, slug: 'no-geo', geo: { lat: null, lng: null } },
      { ...station, slug: null, geo: { lat: 27, lng: 111 } },
    ])
    expect(markers).toEqual([
      {
        slug: 'baisha-township',
        name: '白沙乡服务站',
        href: '/stations/baisha-township',
        level: '乡镇(街道)服务站',
        address: '白沙乡政府院内',
        lat: 27.11,
        lng: 111.52,
      },
    ])
  })
})

describe('map tile service', () => {
  it('should accept only https XYZ templates', () => {
    expect(tileUrlProblem(OSM)).toBeNull()
    expect(tileUrlProblem('http://tile.example.com/{z}/{x}/{y}.png')).toBe('瓦片地址必须使用 https')
    expect(tileUrlProblem('https://tile.example.com/{z}/{x}.png')).toBe('瓦片地址缺少 {y}')
    expect(tileUrlProblem('瓦片')).toBe('瓦片地址不是有效的网址')
  })

  it('should give the one origin tiles come from, subdomains included', () => {
    expect(tileOrigin(OSM)).toBe('https://tile.openstreetmap.org')
    expect(tileOrigin('https://{s}.tile.example.com/{z}/{x}/{y}.png')).toBe('https://*.tile.example.com')
    expect(tileOrigin('ftp://x/{z}/{x}/{y}')).toBeNull()
  })

  it('should offer a map only when a usable tile service is configured', () => {
    expect(stationMapConfig(undefined)).toBeNull()
    expect(stationMapConfig({ tileUrl: '' })).toBeNull()
    expect(stationMapConfig({ tileUrl: 'http://tile.example.com/{z}/{x}/{y}.png' })).toBeNull()
    expect(stationMapConfig({ tileUrl: ` ${OSM} `, maxZoom: 19, attribution: '© OpenStreetMap 贡献者' })).toEqual({
      tileUrl: OSM,
      subdomains: 'abc',
      maxZoom: 19,
      attribution: '© OpenStreetMap 贡献者',
      origin: 'https://tile.openstreetmap.org',
    })
    expect(stationMapConfig({ tileUrl: OSM, maxZoom: 40, subdomains: ' 0123 ' })).toMatchObject({ maxZoom: 18, subdomains: '0123' })
  })
})
