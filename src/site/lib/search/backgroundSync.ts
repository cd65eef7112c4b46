/** What a reader is told about the state it reads while a sync may be running. */
export type SyncStatus = {
  /** A sync has run to the end at least once: the state is complete, if perhaps seconds old. */
  built: boolean
  /** No sync is running and the last one started at the current generation. */
  upToDate: boolean
}

/**
 * Keeps a state in line with a generation counter beside its readers, never in their way:
 * `kick()` starts `sync` when the generation moved since the last one, and runs it again after
 * it ends if the generation moved meanwhile; readers never await it, they read the state as it
 * is and ask `status()`. A failed sync is handed to `onError` and tried again at the next kick.
 */
export const backgroundSync = ({ sync, generation, onError }: { sync: () => Promise<void>; generation: () => number; onError: (error: unknown) => void }) => {
  let syncedFor: number | undefined
  let built = false
  let running: Promise<void> | null = null

  const run = async () => {
    try {
      while (syncedFor !== generation()) {
        const target = generation()
        await sync()
        syncedFor = target
        built = true
      }
    } catch (error) {
      onError(error)
    } finally {
      running = null
    }
  }

  /** Starts a sync unless one runs or the state is up to date; resolves when that one ends (for tests and benches). */
  const kick = (): Promise<void> => {
    if (!running && syncedFor !== generation()) running = run()
    return running ?? Promise.resolve()
  }

  const status = (): SyncStatus => ({
    built,
    upToDate: running === null && syncedFor === generation(),
  })

  return { kick, status }
}
