/**
 * CongoDB: a MongoDB wire-protocol server written in TypeScript, used where no `mongod` can run
 * (this project's machines and CI: Debian ships none, and every npm package that provides one
 * downloads the binary at install time, which is blocked there).
 *
 * It ships inside the npm package `@push.rocks/smartmongo` 2.2.0 (`dist_ts/congodb/`), but
 * `npm install` of that version fails (ETARGET on `@push.rocks/lik@^6.4.1`, never published) and
 * would pull `mongodb-memory-server`, which downloads a mongod. So we fetch the tarball with
 * `npm pack` (the registry is the one network we have), check its pinned integrity, unpack only
 * the `congodb` folder into `node_modules/.cache/`, and resolve its few runtime imports (bson,
 * mingo, four small `@push.rocks/*` helpers) from our own devDependencies. Newer versions (9.x)
 * depend on a package that is not published.
 */
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

const PACKAGE = '@push.rocks/smartmongo@2.2.0'
/** `npm view @push.rocks/smartmongo@2.2.0 dist.integrity` */
const INTEGRITY = 'sha512-ovVCNoJ3D0aBuKtoKaQWWQKvBngaGJq9fAPQigzji1EHsS1XyGpXWCpe5nq/ptGvBROOcpqZcOFEGAcrnb+OjA=='
const CACHE_DIR = path.resolve('node_modules/.cache/congodb-2.2.0')
const ENTRY = path.join(CACHE_DIR, 'package/dist_ts/congodb/index.js')

/** Fetches and unpacks CongoDB once; later calls find it in the cache. Returns its entry module. */
export const ensureCongoDB = (): string => {
  if (existsSync(ENTRY)) return ENTRY
  mkdirSync(path.dirname(CACHE_DIR), { recursive: true })
  const work = mkdtempSync(`${CACHE_DIR}.tmp-`)
  try {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
    ) as Array<{ filename: string }>
    const tarball = path.join(work, packed.filename)
    const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`
    if (digest !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${digest} is not the pinned ${INTEGRITY}`)
    execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/dist_ts/congodb', 'package/license', 'package/package.json'])
    rmSync(tarball)
    rmSync(CACHE_DIR, { recursive: true, force: true })
    renameSync(work, CACHE_DIR)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return ENTRY
}
