import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { sendError } from './errors'

/**
 * Routes Payload registers but cannot serve on this database, answered here instead of with its
 * 500: `/{slug}/versions` of collections and `/globals/{slug}/versions` of globals without
 * versions (there is no versions table), and
 * `/{slug}/verify/{token}` of auth collections that do not verify email (no token column), and
 * `DELETE /payload-preferences/{key}`, whose query Payload 3.90 builds wrongly for Postgres (the
 * admin never calls it; preferences are replaced with POST).
 */
export function answerUnservedRoutes(config: SanitizedConfig): RequestHandler {
  const unversioned = new Set<string>(
    config.collections
      .filter((collection) => !collection.versions)
      .map((collection) => collection.slug),
  )
  const unverified = new Set<string>(
    config.collections
      .filter((collection) => collection.auth && !collection.auth.verify)
      .map((collection) => collection.slug),
  )
  const unversionedGlobals = new Set<string>(
    config.globals.filter((global) => !global.versions).map((global) => global.slug),
  )
  return (req, res, next) => {
    const [slug, second, third] = req.path.split('/').slice(1)
    if (slug === 'globals' && third === 'versions' && unversionedGlobals.has(second)) {
      return sendError(res, 404, 'Not found: this global keeps no versions.')
    }
    if (second === 'versions' && unversioned.has(slug)) {
      return sendError(res, 404, 'Not found: this collection keeps no versions.')
    }
    if (second === 'verify' && unverified.has(slug)) {
      return sendError(res, 404, 'Not found: this collection does not verify email addresses.')
    }
    if (slug === 'payload-preferences' && second && req.method === 'DELETE') {
      res.setHeader('allow', 'GET, POST')
      return sendError(res, 405, 'Preferences are replaced with POST, not deleted.')
    }
    next()
  }
}
