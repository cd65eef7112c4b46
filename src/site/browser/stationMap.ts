import type { StationMapData } from './stationMapData'

/**
 * Entry of the map view's only script. It shows the map section once Leaflet (a separate chunk
 * from this site) has loaded; if anything fails the section stays hidden and the server-rendered
 * list below remains the page.
 */
export const startStationMap = async (): Promise<void> => {
  const section = document.querySelector<HTMLElement>('[data-station-map]')
  const canvas = section?.querySelector<HTMLElement>('.va-map__canvas')
  const status = document.querySelector<HTMLElement>('[data-station-map-status]')
  if (!section || !canvas || !status) return
  const data: StationMapData = {
    config: JSON.parse(canvas.dataset.config ?? '{}'),
    markers: JSON.parse(canvas.dataset.markers ?? '[]'),
    labels: JSON.parse(canvas.dataset.labels ?? '{}'),
  }
  try {
    const { drawStationMap } = await import('./stationMapDraw')
    section.hidden = false
    drawStationMap(canvas, data, () => (status.textContent = data.labels.tileError))
  } catch {
    section.hidden = true
    status.textContent = data.labels.scriptError
  }
}
