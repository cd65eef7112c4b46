/** `npm run build`: production builds of the admin and the public site, whether stale or not. */
import { ensureBuilds } from './lib/builds'

await ensureBuilds({ force: process.argv.includes('--force') })
