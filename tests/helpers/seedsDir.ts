import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The shared seed articles live beside the checkout (../shared/seeds); a git worktree one
 * level deeper (/work/wt/<name>) finds them two levels up.
 */
export const SEEDS_DIR =
  process.env.SEEDS_DIR ?? [path.resolve('../shared/seeds'), path.resolve('../../shared/seeds')].find((dir) => existsSync(dir)) ?? path.resolve('../shared/seeds')
