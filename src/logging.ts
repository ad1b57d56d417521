import type { Config } from 'payload'
import pino from 'pino'

import { StartupError } from './env'
import { requestIdMixin } from './http/requestContext'

const levels = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])

/**
 * Payload's logger. Production (or LOG_FORMAT=json) writes one JSON object per line, with an ISO
 * time and the id of the request it was written for; development keeps Payload's pretty output
 * (at `info`) unless LOG_FORMAT=json or a LOG_LEVEL is asked for.
 */
export function loggerConfig(env: NodeJS.ProcessEnv = process.env): Config['logger'] {
  const format =
    env.LOG_FORMAT || (env.NODE_ENV === 'production' || env.LOG_LEVEL ? 'json' : 'pretty')
  if (format !== 'json' && format !== 'pretty') {
    throw new StartupError(`LOG_FORMAT must be "json" or "pretty", got "${format}"`)
  }
  const level = env.LOG_LEVEL || 'info'
  if (!levels.has(level))
    throw new StartupError(`LOG_LEVEL must be one of ${[...levels].join(', ')}`)
  // Payload's default: pretty lines at `info`.
  if (format === 'pretty') return undefined
  return {
    // Written off the request path: lines logged while a write is under way go out together in
    // the next one (one write per request would cost a system call each); flushed on exit.
    destination: pino.destination({ dest: 1, sync: false }),
    options: {
      level,
      mixin: requestIdMixin,
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
    },
  }
}
