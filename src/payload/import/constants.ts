/** Nested operations of an import pass this, so that the import record may be written. */
export const IMPORT_CONTEXT = { importing: true } as const

/** Stated on a draft whose file names no source; the reviewer replaces it. */
export const UNKNOWN_SOURCE = '来源待核实'
