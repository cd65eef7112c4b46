import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { format } from 'node:util'

import { destination, pino, stdTimeFunctions, type Logger } from 'pino'

/**
 * Structured logs of every process: one JSON object per line (pino), with the service that wrote
 * it. To stdout (journald under systemd), or to `<LOG_DIR>/<service>.log` when LOG_DIR is set
 * (logrotate: docs/deploy.md). The public site writes one access line per request
 * (src/site/server/frontServer.ts), with the request id that also reaches the render.
 *
 * Personal data never goes to a log: no message of ours names a person, a phone number, an ID
 * number or a form's content, and should an object with such fields be logged all the same, these
 * keys are censored wherever they sit (tests/e2e/logs.e2e.test.ts greps the logs of an enquiry run).
 */

/** Which process writes: npm start's supervisor, its one-off database step, and the three services. */
export type Service = 'start' | 'prepare' | 'site' | 'admin' | 'jobs' | 'cli'

/** Keys whose values are never written, at the top of a logged object or one level down. */
const PERSONAL_KEYS = ['name', 'phone', 'email', 'idNumber', 'address', 'content', 'body', 'password', 'secret', 'cookie', 'authorization', 'token', 'applicant', 'contact']
const REDACT_PATHS = PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`])

/** The header that carries a request's id from the front server (or nginx in front of it) to the render. */
export const REQUEST_ID_HEADER = 'x-request-id'
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/

/** The id a request came with (from nginx or a load balancer), when it looks like one; else a new one. */
export const requestIdOf = (header: string | string[] | undefined): string => {
  const given = Array.isArray(header) ? header[0] : header
  return given && REQUEST_ID.test(given) ? given : randomUUID()
}

const loggers = new Map<string, Logger>()

/** This process's logger (one per service). VA_SERVICE, which npm start sets for each process, names it when not given. */
export const log = (service: Service = (process.env.VA_SERVICE as Service | undefined) ?? 'cli'): Logger => {
  const known = loggers.get(service)
  if (known) return known
  const dir = process.env.LOG_DIR
  if (dir) mkdirSync(dir, { recursive: true })
  const logger = pino(
    {
      base: { service, pid: process.pid },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[已隐去]' },
      enabled: process.env.DISABLE_LOGGING !== 'true',
    },
    destination({ dest: dir ? path.join(dir, `${service}.log`) : 1, sync: false, mkdir: true }),
  )
  loggers.set(service, logger)
  return logger
}

/**
 * Lines written with console.* (ours, Next's, Astro's) go to the log as JSON too, at the matching
 * level. Called once at the start of each service process.
 */
export const routeConsoleToLog = (logger: Logger): void => {
  const write = (level: 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error)
    const message = format(...args.map((arg) => (arg instanceof Error ? arg.message : arg)))
    // Colour codes from tools that think they write to a terminal.
    const text = message.replace(/\x1b\[[0-9;]*m/g, '')
    if (error) logger[level]({ err: { type: error.name, message: error.message, stack: error.stack } }, text)
    else logger[level](text)
  }
  console.log = write('info')
  console.info = write('info')
  console.warn = write('warn')
  console.error = write('error')
}
