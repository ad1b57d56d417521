import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import { sendError } from './errors'
import type { NodeMiddleware } from './nodeMiddleware'

/** Headers every response carries; the admin's own CSP is left to Next. */
export const securityHeaders: NodeMiddleware = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'SAMEORIGIN')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  next()
}

/** A fixed-window limit per client address; over it answers 429 in Payload's error shape. */
export function perClientLimit(requestsPerMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: requestsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => sendError(res, 429, `Too many ${what}; try again in a minute.`),
  })
}
