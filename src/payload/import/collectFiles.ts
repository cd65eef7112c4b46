import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import type { ImportFile } from './importArticles'

const IMPORTABLE = /\.(?:txt|text|html?)$/iu

/**
 * The files named on the command line; folders are walked for .txt and .html files, in name
 * order. A missing path is an error before anything is imported.
 */
export const collectFiles = (paths: readonly string[]): ImportFile[] => {
  const walk = (target: string): string[] => {
    const stats = statSync(target, { throwIfNoEntry: false })
    if (!stats) throw new Error(`找不到文件或文件夹:${target}`)
    if (!stats.isDirectory()) return [target]
    return readdirSync(target)
      .sort()
      .flatMap((name) => {
        const child = path.join(target, name)
        return statSync(child).isDirectory() ? walk(child) : IMPORTABLE.test(name) ? [child] : []
      })
  }
  return paths.flatMap(walk).map((file) => ({ name: path.basename(file), data: readFileSync(file) }))
}
