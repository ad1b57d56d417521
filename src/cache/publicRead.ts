import type { IncomingMessage } from 'node:http'

import type { Request } from 'express'
import type { SanitizedConfig } from 'payload'

import { cacheableCollections, dependencyMap, tagPageDependencies } from './dependencies'

/** An anonymous read of published content: one cache key and what its answer is built from. */
export interface PublicRead {
  key: string
  dependencies: readonly string[]
  /** Asked with a frontend's API key: answered as to anyone, so computed without the key. */
  asFrontend: boolean
}

/**
 * A GET that carries no credentials: neither an Authorization header nor the session cookie
 * (`<cookiePrefix>-token=`).
 */
export const isAnonymousRead = (
  req: IncomingMessage,
  sessionCookie: string,
  asFrontend = false,
): boolean =>
  req.method === 'GET' &&
  (asFrontend || req.headers.authorization === undefined) &&
  !req.headers.cookie?.includes(sessionCookie)

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Recognises the reads whose answer is the same for every anonymous caller: lists and documents
 * of content collections, tags and media, the tag page and globals. A request carrying a session
 * cookie or an Authorization header is not anonymous; drafts are never public.
 */
export function publicReads(
  config: SanitizedConfig,
): (req: Request, asFrontend?: boolean) => PublicRead | undefined {
  const dependencies = dependencyMap(config)
  const collections = cacheableCollections.filter((slug) => dependencies.has(slug))
  const globals = (config.globals ?? []).map((global) => global.slug)
  const collectionPath = new RegExp(`^/api/(${collections.map(escape).join('|')})(?:/\\d+)?$`)
  const tagPagePath = /^\/api\/tags\/[^/]+\/page$/
  const globalPath = globals.length
    ? new RegExp(`^/api/globals/(${globals.map(escape).join('|')})$`)
    : null
  const sessionCookie = `${config.cookiePrefix}-token=`

  const dependenciesOf = (path: string): readonly string[] | undefined => {
    if (tagPagePath.test(path)) return tagPageDependencies
    const slug = collectionPath.exec(path)?.[1] ?? globalPath?.exec(path)?.[1]
    return slug ? dependencies.get(slug) : undefined
  }

  return (req, asFrontend = false) => {
    if (!isAnonymousRead(req, sessionCookie, asFrontend)) return undefined
    if ('draft' in (req.query as Record<string, unknown>)) return undefined
    const path = req.originalUrl.split('?')[0] ?? ''
    const readDependencies = dependenciesOf(path)
    if (!readDependencies) return undefined
    return { key: req.originalUrl, dependencies: readDependencies, asFrontend }
  }
}
