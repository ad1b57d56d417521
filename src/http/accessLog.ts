import type { Payload } from 'payload'

import { pathOf, type NodeMiddleware } from './nodeMiddleware'

/**
 * One log line per answered request (at `info`): method, path without the query (which may carry
 * tokens or personal filters), status and duration. With the request's id, which
 * `assignRequestId` must have set before.
 */
export function accessLog(logger: Payload['logger']): NodeMiddleware {
  return (req, res, next) => {
    if (!logger.isLevelEnabled('info')) return next()
    const started = process.hrtime.bigint()
    const reqId = res.getHeader('x-request-id')
    // Read now: routers mounted on a prefix (`/api`) strip it from `req.url` while they run.
    const path = pathOf(req.url)
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      logger.info({
        msg: 'request',
        reqId,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      })
    })
    next()
  }
}
