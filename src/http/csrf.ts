import type { Request, RequestHandler } from 'express'

import { sendError } from './errors'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

export const originOf = (url: string | undefined): string | null => {
  if (!url) return null
  try {
    const { origin } = new URL(url)
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

export interface CsrfOptions {
  /** Name of Payload's session cookie (`{cookiePrefix}-token`). */
  sessionCookie: string
  /** Origins allowed besides the request's own (CORS_ORIGINS), e.g. `https://app.example`. */
  allowedOrigins: string[]
  /** The public URL of the site (PUBLIC_URL), whose origin is always allowed. */
  publicURL?: string
}

const hasCookie = (req: Request, name: string): boolean =>
  (req.headers.cookie ?? '').split(';').some((pair) => pair.trim().startsWith(`${name}=`))

/** The origins trusted with credentials: CORS_ORIGINS and the origin of PUBLIC_URL. */
export const trustedOrigins = (allowedOrigins: string[], publicURL?: string): Set<string> =>
  new Set(
    [...allowedOrigins, publicURL]
      .map((origin) => originOf(origin))
      .filter((origin): origin is string => origin !== null),
  )

/**
 * Cross-site request forgery: a browser attaches the session cookie to a form or `fetch` sent by
 * any site, so an unsafe request authenticated by that cookie must come from an allowed origin
 * (Origin, or Referer when a browser omits it): the site itself, PUBLIC_URL, or CORS_ORIGINS.
 * Requests with an `Authorization` header (JWT, API key) cannot be forged cross-site (the header
 * needs a CORS preflight), and requests without the cookie carry no ambient authority.
 */
export function refuseCrossSiteWrites(options: CsrfOptions): RequestHandler {
  const allowed = trustedOrigins(options.allowedOrigins, options.publicURL)
  return (req, res, next) => {
    if (safeMethods.has(req.method) || req.headers.authorization) return next()
    if (!hasCookie(req, options.sessionCookie)) return next()
    const origin = originOf(req.headers.origin) ?? originOf(req.headers.referer)
    const own = `${req.protocol}://${req.headers.host ?? ''}`
    if (origin !== null && (origin === own || allowed.has(origin))) return next()
    sendError(res, 403, 'Cross-site request refused: the Origin is not allowed.')
  }
}
