import type { StationLevel } from '../constants/stations'

const PARENT_LEVEL: Record<StationLevel, StationLevel | null> = {
  county: null,
  township: 'county',
  village: 'township',
}

/** The level a station's parent must have: county → none, township → county, village → township. */
export const parentLevelFor = (level: unknown): StationLevel | null =>
  typeof level === 'string' && level in PARENT_LEVEL ? PARENT_LEVEL[level as StationLevel] : null
