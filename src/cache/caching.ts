import type { IncomingMessage } from 'node:http'

import type { Request } from 'express'
import type { Payload } from 'payload'

import { changeFeedOf } from '../changes/feed'
import type { PublicCachePolicy } from '../http/conditional'
import { cacheableCollections } from './dependencies'
import { InvalidationChannel } from './invalidationChannel'
import { isAnonymousRead, publicReads, type PublicRead } from './publicRead'
import { ResponseCache, type StoredAnswer } from './responseCache'

export interface ResponseCachingOptions extends PublicCachePolicy {
  /** Keep anonymous answers in memory (`RESPONSE_CACHE`); headers and 304s apply either way. */
  inProcess: boolean
  /** Memory for kept answers, in bytes. */
  maxBytes: number
}

/** How the host answers anonymous reads: which they are, where answers are kept, how long. */
export interface ResponseCaching {
  /** The read as anonymous (`asFrontend`: the caller's Authorization is a frontend's API key). */
  publicReadOf: (req: Request, asFrontend?: boolean) => PublicRead | undefined
  /**
   * The kept answer for exactly this anonymous GET, if any. A key is only ever kept for a target
   * that went the whole way once (checked, routed, answered 200 by Payload to an anonymous caller).
   */
  keptAnswerFor: (req: IncomingMessage, asFrontend?: boolean) => StoredAnswer | undefined
  /** The in-process cache, when it is on and trustworthy (missed no other instance's writes). */
  cache: () => ResponseCache | undefined
  policy: PublicCachePolicy
  stop: () => Promise<void>
}

interface Pool {
  options: { connectionString?: string }
  query: (text: string, values: unknown[]) => Promise<unknown>
}

/**
 * Starts response caching for `payload`: every committed write (this instance's, from the change
 * feed; other instances', through Postgres LISTEN/NOTIFY) drops the answers built from what it
 * wrote. While the listening connection is down the cache is bypassed, since writes elsewhere may
 * go unheard; it starts empty again once listening.
 */
export async function startResponseCaching(
  payload: Payload,
  options: ResponseCachingOptions,
): Promise<ResponseCaching> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const policy = {
    maxAgeSeconds: options.maxAgeSeconds,
    staleWhileRevalidateSeconds: options.staleWhileRevalidateSeconds,
  }
  const cache = options.inProcess
    ? new ResponseCache({ ttlMs: options.maxAgeSeconds * 1000, maxBytes: options.maxBytes })
    : undefined
  let listening = false
  const watched = new Set([
    ...cacheableCollections,
    'users',
    ...payload.config.globals.map((g) => g.slug),
  ])

  const channel = new InvalidationChannel({
    connectionString: pool.options.connectionString ?? '',
    onRemoteWrite: (slugs) => cache?.invalidate(slugs),
    onGap: () => {
      listening = false
      cache?.clear()
    },
    onListening: () => {
      cache?.clear()
      listening = true
    },
    onError: (error) =>
      payload.logger.warn({ err: error, msg: 'cache invalidation channel lost; reconnecting' }),
  })
  if (cache) await channel.start()

  const unsubscribe = changeFeedOf(payload).subscribe(async (_events, touched) => {
    const written = [...touched].filter((slug) => watched.has(slug))
    if (written.length === 0) return
    cache?.invalidate(written)
    // Every instance announces its writes, so instances that keep answers hear them.
    const { text, values } = channel.notice(written)
    await pool.query(text, values)
  })

  const sessionCookie = `${payload.config.cookiePrefix}-token=`
  const inUse = () => (listening ? cache : undefined)
  return {
    publicReadOf: publicReads(payload.config),
    keptAnswerFor: (req, asFrontend) =>
      isAnonymousRead(req, sessionCookie, asFrontend) ? inUse()?.peek(req.url ?? '') : undefined,
    cache: inUse,
    policy,
    stop: async () => {
      unsubscribe()
      await channel.stop()
    },
  }
}
