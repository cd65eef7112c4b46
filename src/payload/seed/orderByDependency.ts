/**
 * Orders items so that whatever an item points at comes before it
 * (a policy's replacement must exist before the policy that names it).
 */
export const orderByDependency = <T>(
  items: T[],
  keyOf: (item: T) => string,
  dependsOn: (item: T) => string | undefined,
): T[] => {
  const byKey = new Map(items.map((item) => [keyOf(item), item]))
  const ordered: T[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (item: T) => {
    const key = keyOf(item)
    if (state.get(key) === 'done') return
    if (state.get(key) === 'visiting') throw new Error(`content: circular reference at "${key}"`)
    state.set(key, 'visiting')
    const target = dependsOn(item)
    const dependency = target ? byKey.get(target) : undefined
    if (dependency) visit(dependency)
    state.set(key, 'done')
    ordered.push(item)
  }
  items.forEach(visit)
  return ordered
}
