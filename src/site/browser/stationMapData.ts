import type { StationMapConfig } from '../lib/stationMapConfig'
import type { StationMarker } from '../lib/stationMapMarkers'

/** What the page hands the map script, all in the page's own language (converted for 繁體 with it). */
export type StationMapData = {
  config: StationMapConfig & { focus?: string }
  markers: StationMarker[]
  labels: { zoomIn: string; zoomOut: string; closePopup: string; details: string; tileError: string; scriptError: string }
}
