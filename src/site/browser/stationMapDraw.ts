import L from 'leaflet'

import type { StationMapData } from './stationMapData'

const element = (tag: string, className: string, text?: string): HTMLElement => {
  const node = document.createElement(tag)
  node.className = className
  if (text) node.textContent = text
  return node
}

/** The popup of one station: its name linking to its page, level and address. Text only, never HTML. */
const popupContent = (marker: StationMapData['markers'][number], details: string): HTMLElement => {
  const box = element('div', 'va-map-popup')
  const link = element('a', 'va-map-popup__link', marker.name) as HTMLAnchorElement
  link.href = marker.href
  const more = element('span', 'va-visually-hidden', `(${details})`)
  link.append(more)
  box.append(link, element('p', 'va-map-popup__meta', marker.level), element('p', 'va-map-popup__meta', marker.address))
  return box
}

/** Leaflet escapes nothing in attributions: the configured text is shown as text. */
const asText = (text: string): string => {
  const span = document.createElement('span')
  span.textContent = text
  return span.innerHTML
}

/**
 * Draws the markers on the configured tiles. Keyboard: the map takes focus (arrows pan, +/− zoom),
 * Tab reaches each marker (Enter opens its popup and moves focus to the station link, Escape
 * returns to the marker), then the zoom buttons; nothing holds focus.
 */
export const drawStationMap = (canvas: HTMLElement, { config, markers, labels }: StationMapData, onTileError: () => void): void => {
  if (markers.length === 0) return
  const map = L.map(canvas, { zoomControl: false, scrollWheelZoom: false, maxZoom: config.maxZoom })
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map)
  map.attributionControl.setPrefix(false)
  L.tileLayer(config.tileUrl, { subdomains: config.subdomains, maxZoom: config.maxZoom, attribution: asText(config.attribution) })
    .once('tileerror', onTileError)
    .addTo(map)

  map.on('popupopen', ({ popup }) => {
    const close = popup.getElement()?.querySelector<HTMLElement>('.leaflet-popup-close-button')
    close?.setAttribute('aria-label', labels.closePopup)
    close?.setAttribute('title', labels.closePopup)
  })

  // The view comes first: Leaflet adds layers (and creates marker elements) only once the map has one.
  const focus = markers.find((station) => station.slug === config.focus)
  if (focus) map.setView([focus.lat, focus.lng], Math.min(15, config.maxZoom))
  else map.fitBounds(L.latLngBounds(markers.map((station) => [station.lat, station.lng])), { padding: [32, 32], maxZoom: 14 })

  // 适老模式: bigger markers (the page's class says which mode it was rendered in).
  const size = document.documentElement.classList.contains('va-elderly') ? 40 : 28
  // The pin is a square turned 45° inside the marker (see stationMap.css): its tip is 0.71 × size below its centre.
  const tip = Math.round(size * 1.21)
  const icon = L.divIcon({ className: 'va-map-marker', html: '<span class="va-map-marker__pin"></span>', iconSize: [size, size], iconAnchor: [size / 2, tip], popupAnchor: [0, -tip] })
  // Content width: what is left of the map after the popup's margins and close button (wider in 适老模式).
  const popupWidth = Math.max(140, Math.min(300, canvas.clientWidth - (size > 28 ? 170 : 110)))
  for (const station of markers) {
    const marker = L.marker([station.lat, station.lng], { icon, title: station.name, keyboard: true, riseOnHover: true })
    const content = popupContent(station, labels.details)
    content.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return
      marker.closePopup()
      marker.getElement()?.focus()
    })
    // Narrow enough for a phone, and panned clear of the zoom buttons.
    marker.bindPopup(content, { maxWidth: popupWidth, minWidth: Math.min(200, popupWidth), autoPanPaddingTopLeft: [64, 24], autoPanPaddingBottomRight: [24, 24] }).addTo(map)
    const pin = marker.getElement()
    pin?.setAttribute('aria-label', station.name)
    // role=button answers Space as well as Enter (Leaflet listens for Enter only).
    pin?.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return
      event.preventDefault()
      marker.openPopup()
    })
    // Opened from the keyboard: take focus to the station link, so Tab does not walk every other marker first.
    marker.on('popupopen', () => {
      if (document.activeElement === pin) content.querySelector<HTMLElement>('a')?.focus()
    })
    if (station === focus) marker.openPopup()
  }
}
