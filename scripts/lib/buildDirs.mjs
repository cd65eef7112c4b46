/**
 * Where the two production builds go. BUILD_DIR lets several checkouts-in-one (parallel test
 * runs) keep their builds apart; unset, the tools' usual folders are used.
 */
const base = process.env.BUILD_DIR

export const nextDistDir = base ? `${base}/next` : '.next'
export const astroOutDir = base ? `${base}/dist` : 'dist'
