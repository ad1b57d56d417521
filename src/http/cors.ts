import { trustedOrigins } from './csrf'
import { appendVary, type NodeMiddleware } from './nodeMiddleware'

export interface CorsOptions {
  /** Origins trusted with credentialed requests (CORS_ORIGINS). */
  allowedOrigins: string[]
  /** The site's public URL (PUBLIC_URL), whose origin is trusted too. */
  publicURL?: string
}

const readMethods = new Set(['GET', 'HEAD'])
const allowedHeaders = [
  'Accept',
  'Authorization',
  'Content-Type',
  'If-None-Match',
  'X-Payload-HTTP-Method-Override',
  'X-Requested-With',
].join(', ')
const trustedMethods = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'
const preflightMaxAgeSeconds = '600'

/**
 * Cross-origin reads of the API. Anonymous reads are a content API: any origin may GET (and
 * preflight a GET), with `Access-Control-Allow-Origin: *`, which browsers never combine with
 * cookies. Credentialed requests, and every other method, only from trusted origins (CORS_ORIGINS,
 * PUBLIC_URL), which get their own origin echoed with `Access-Control-Allow-Credentials`. This
 * only lets pages read answers: cookie-authenticated writes are still refused by
 * `refuseCrossSiteWrites` unless their Origin is trusted. Set before anything can answer, so
 * errors (404, 429) are readable too.
 */
export function allowCrossOriginReads(options: CorsOptions): NodeMiddleware {
  const trusted = trustedOrigins(options.allowedOrigins, options.publicURL)
  return (req, res, next) => {
    // Answers differ by Origin only when some origin is trusted with credentials.
    if (trusted.size > 0) appendVary(res, 'Origin')
    const origin = req.headers.origin
    if (!origin) return next()
    const preflight =
      req.method === 'OPTIONS' && Boolean(req.headers['access-control-request-method'])
    const method = preflight
      ? String(req.headers['access-control-request-method']).toUpperCase()
      : (req.method ?? '')
    if (trusted.has(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-allow-credentials', 'true')
    } else if (readMethods.has(method)) {
      res.setHeader('access-control-allow-origin', '*')
    } else {
      return next()
    }
    res.setHeader('access-control-expose-headers', 'ETag, Retry-After, X-Request-Id')
    if (!preflight) return next()
    res.setHeader(
      'access-control-allow-methods',
      trusted.has(origin) ? trustedMethods : 'GET, HEAD, OPTIONS',
    )
    res.setHeader('access-control-allow-headers', allowedHeaders)
    res.setHeader('access-control-max-age', preflightMaxAgeSeconds)
    res.statusCode = 204
    res.end()
  }
}
