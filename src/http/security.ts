import type { NodeMiddleware } from './nodeMiddleware'

/** Headers every response carries; the admin's own CSP is left to Next. */
export const securityHeaders: NodeMiddleware = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'SAMEORIGIN')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  next()
}
