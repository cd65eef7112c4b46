import { STATION_LEVELS } from '../../payload/constants/stations'
import { idOf } from '../../shared'

type Orderable = { id: string | number; name: string; level: (typeof STATION_LEVELS)[number]; parent?: unknown }

const byName = new Intl.Collator('zh-CN').compare
const rank = (station: Orderable) => STATION_LEVELS.indexOf(station.level)
const parentName = (station: Orderable) =>
  station.parent && typeof station.parent === 'object' ? String((station.parent as { name?: unknown }).name ?? '') : ''

/**
 * Stations in the order of the hierarchy: the county centre, then each township followed by the
 * villages under it, names in pinyin order at each level. A station whose parent is not in the
 * list (a filtered list: villages only, say) is placed by its level, then by its parent's name,
 * so the villages of one township stay together.
 */
export const orderByHierarchy = <S extends Orderable>(stations: readonly S[]): S[] => {
  const ids = new Set(stations.map((station) => String(station.id)))
  const children = new Map<string, S[]>()
  const roots: S[] = []
  for (const station of stations) {
    const parent = idOf(station.parent)
    if (parent && ids.has(parent) && parent !== String(station.id)) children.set(parent, [...(children.get(parent) ?? []), station])
    else roots.push(station)
  }
  const ordered: S[] = []
  const seen = new Set<string>()
  const visit = (station: S) => {
    if (seen.has(String(station.id))) return
    seen.add(String(station.id))
    ordered.push(station)
    for (const child of (children.get(String(station.id)) ?? []).sort((a, b) => rank(a) - rank(b) || byName(a.name, b.name))) visit(child)
  }
  roots.sort((a, b) => rank(a) - rank(b) || byName(parentName(a), parentName(b)) || byName(a.name, b.name)).forEach(visit)
  // A parent cycle (bad data) leaves stations unreached; they still appear, at the end.
  for (const station of stations) visit(station)
  return ordered
}
