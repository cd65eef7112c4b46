/**
 * The published-content generation, shared by everything in the site process (the front
 * cache and Astro's bundle are separate module graphs, so it lives on globalThis).
 * Every purge from the back office bumps it; caches built on an older one are stale.
 */
const KEY = Symbol.for('va.contentGeneration')
type Holder = { [KEY]?: number }

export const contentGeneration = (): number => (globalThis as Holder)[KEY] ?? 0

const LISTENERS = Symbol.for('va.contentGenerationListeners')
type ListenersHolder = { [LISTENERS]?: Set<() => void> }
const listeners = () => ((globalThis as ListenersHolder)[LISTENERS] ??= new Set())

export const bumpContentGeneration = (): number => {
  const next = contentGeneration() + 1
  ;(globalThis as Holder)[KEY] = next
  for (const listener of listeners()) listener()
  return next
}

/** Calls `listener` after every bump (the search index starts catching up at the purge, not at the next search). */
export const onContentGeneration = (listener: () => void): void => {
  listeners().add(listener)
}

const SEEN = Symbol.for('va.purgeLogSeen')
type SeenHolder = { [SEEN]?: string }

/** The newest purge of the purge log this process has acted on (undefined before its first look). */
export const purgeSeen = (): string | undefined => (globalThis as SeenHolder)[SEEN]

export const notePurgeSeen = (id: string): void => {
  ;(globalThis as SeenHolder)[SEEN] = id
}
