/**
 * `npm run jobs`: the jobs runner. Scheduled publishing, the legal clocks and reminders, and the
 * daily self-check run here, every two seconds (payload.config.ts, `jobs.autoRun`), in a process
 * of its own: they go on while the admin is stopped, and a host that runs only the public site
 * runs none. `npm start` starts it; on several hosts, exactly one runs it (docs/deploy.md).
 */
import { getPayload } from 'payload'

import { JOBS_RUNNER_ENV } from '../src/payload/constants/workflow'
import { log, routeConsoleToLog } from '../src/payload/log'

// Read by payload.config.ts's autoRun: only this process schedules and runs the queue.
process.env[JOBS_RUNNER_ENV] = '1'
process.env.VA_SERVICE ??= 'jobs'
routeConsoleToLog(log('jobs'))
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, cron: true })
payload.logger.info('jobs runner started: the queue is run every 2 seconds')

const stop = async () => {
  // Stops the crons, waits for nothing new, closes the database.
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
