import type { RequestHandler } from 'express'

import { sendError } from './errors'
import { containsNul } from '../query/nul'

// Control characters (NUL included) have no place in a path or a query value.
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/

const decode = (text: string): string | null => {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/**
 * Why a request target cannot be routed, or null if it can. A path must mean one thing to every
 * router: no dot segments (`/admin/../api`), no encoded or back slashes (`%2f`, `\`), no empty
 * segments (`//api`), valid UTF-8 escapes and no control characters; the query string likewise.
 */
export function targetProblem(target: string): string | null {
  const queryAt = target.indexOf('?')
  const path = queryAt === -1 ? target : target.slice(0, queryAt)
  const query = queryAt === -1 ? '' : target.slice(queryAt + 1)
  if (!path.startsWith('/')) return 'The path must start with "/".'
  if (/\\|%2f|%5c/i.test(path)) return 'The path must not contain encoded or back slashes.'
  const decoded = decode(path)
  if (decoded === null) return 'The path is not valid UTF-8.'
  if (controlCharacter.test(decoded)) return 'The path must not contain control characters.'
  const segments = decoded.split('/').slice(1)
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return 'The path must not contain "." or ".." segments.'
  }
  if (segments.slice(0, -1).some((segment) => segment === '')) {
    return 'The path must not contain empty segments.'
  }
  return queryProblem(query)
}

/** Why a query string (or a form body) cannot be read, or null if it can. */
export function queryProblem(query: string): string | null {
  for (const part of query.split('&')) {
    const decoded = decode(part.replace(/\+/g, ' '))
    if (decoded === null) return 'The query string is not valid UTF-8.'
    if (decoded.includes('\u0000')) return 'The query string must not contain NUL characters.'
  }
  return null
}

/** Answers 400 before routing when the request target is ambiguous or unreadable. */
export const checkTarget: RequestHandler = (req, res, next) => {
  const problem = targetProblem(req.originalUrl)
  if (problem) {
    res.setHeader('connection', 'close')
    sendError(res, 400, problem)
    return
  }
  next()
}

export interface BodyProblem {
  status: 400 | 415
  message: string
}

const mediaTypeOf = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0].trim().toLowerCase()

/**
 * Why a buffered (non-multipart) API body cannot be handled, or null. Payload reads JSON, and
 * form-encoded queries with `X-HTTP-Method-Override: GET`; any other body is a 415. JSON must be an
 * object, and no string in it may hold NUL (Postgres text cannot), nor may a form-encoded query.
 */
export function bodyProblem(
  body: Buffer,
  contentType: string | undefined,
  methodOverride: boolean,
): BodyProblem | null {
  if (body.length === 0) return null
  const type = mediaTypeOf(contentType)
  if (type === 'application/x-www-form-urlencoded' && methodOverride) {
    const problem = queryProblem(body.toString('utf8'))
    return problem ? { status: 400, message: problem } : null
  }
  if (type !== 'application/json') {
    return {
      status: 415,
      message: 'The request body must be JSON (Content-Type: application/json).',
    }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return { status: 400, message: 'The request body is not valid JSON.' }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { status: 400, message: 'The request body must be a JSON object.' }
  }
  return containsNul(parsed)
    ? { status: 400, message: 'The body must not contain NUL characters.' }
    : null
}

/**
 * Whether a request is one of Payload's collection writes, which read a data object from the body:
 * create (`POST /{slug}`), update (`PATCH`/`PUT /{slug}/{id}`, bulk `PATCH /{slug}`) and the
 * preferences upsert (`POST /payload-preferences/{key}`). Without a body they would fail with 500.
 */
export function isCollectionWrite(method: string, apiPath: string, slugs: Set<string>): boolean {
  const [slug, id, ...rest] = apiPath.split('/').slice(1)
  if (!slugs.has(slug) || rest.length > 0) return false
  if (id === undefined) return method === 'POST' || method === 'PATCH'
  if (slug === 'payload-preferences') return method === 'POST'
  return (method === 'PATCH' || method === 'PUT') && id !== 'versions'
}
