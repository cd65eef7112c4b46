/**
 * The one-off step of `npm start` before the services start, in a process of its own so that the
 * supervisor never holds a Payload instance: builds what is stale (scripts/lib/builds.ts), migrates, seeds an empty database with the demo content
 * (not in a production deployment), and in a production deployment refuses to go on while it is
 * not fit to (exit code 1, each problem named in Chinese: scripts/lib/deploymentChecks.ts).
 * Run by scripts/start.ts as `node .build/server/prepare.mjs` with the operator's environment.
 */
import { isProduction } from '../src/payload/deployment'
import { log, routeConsoleToLog } from '../src/payload/log'
import { ensureBuilds } from './lib/builds'
import { productionProblems } from './lib/deploymentChecks'
import { prepareDatabase } from './lib/prepareDatabase'
import { seedsHere, servicesFrom } from './lib/services'

// What the operator gave, before a generated secret fills the gap (a production start refuses that).
const givenEnvironment = { ...process.env }
const production = isProduction()
const chosen = servicesFrom(process.env.SERVICES)
let refused = false
routeConsoleToLog(log('prepare'))

await ensureBuilds()

await prepareDatabase(console.log, {
  // A site host (SERVICES=site) never seeds: the host with the admin does, once.
  seedDemo: !production && seedsHere('services' in chosen ? chosen.services : []),
  check: production
    ? async (payload) => {
        const problems = await productionProblems(payload, givenEnvironment)
        if (!problems.length) return
        console.error(['正式部署(DEPLOYMENT=production)无法启动:', ...problems.map((problem) => `  - ${problem}`)].join('\n'))
        refused = true
        throw new Error('refused')
      }
    : undefined,
}).catch((error: unknown) => {
  if (!refused) throw error
})
// Payload's database clients may keep timers; this step is done either way.
process.exit(refused ? 1 : 0)
