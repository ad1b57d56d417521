import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { RequestHandler } from 'express'
import { getPayload, type SanitizedConfig } from 'payload'

import { startResponseCaching, type ResponseCachingOptions } from '../../src/cache/caching'
import { createApp } from '../../src/http/app'
import { answerClientErrors } from '../../src/http/clientError'

export interface TestServer {
  url: string
  close: () => Promise<void>
}

/**
 * The real Express host (security headers, limits, REST, GraphQL) on a random port, without the
 * Next admin, which API tests do not need.
 */
export async function startTestServer(
  config: SanitizedConfig,
  overrides: {
    apiRequestsPerMinute?: number
    frontendRequestsPerMinute?: number
    /** Share rate-limit counts through Postgres every this many ms; default 0 (local only). */
    rateLimitSyncMs?: number
    authRequestsPerMinute?: number
    /** Express `trust proxy`; `'loopback'` lets tests name clients with X-Forwarded-For. */
    trustProxy?: boolean | number | string
    /** Origins allowed for cookie-authenticated writes besides the site's own (CORS_ORIGINS). */
    allowedOrigins?: string[]
    /** Stands in for the Next admin, to see which requests would reach it. */
    nextHandler?: RequestHandler
    /**
     * Response caching; by default answers are not kept in memory, so tests that write counters
     * in SQL read them back at once (the cache's own tests turn it on).
     */
    caching?: Partial<ResponseCachingOptions>
  } = {},
): Promise<TestServer> {
  const caching = await startResponseCaching(await getPayload({ config }), {
    inProcess: false,
    maxAgeSeconds: 5,
    staleWhileRevalidateSeconds: 30,
    maxBytes: 16 * 1024 * 1024,
    ...overrides.caching,
  })
  const { listener, close: closeApp } = await createApp({
    config,
    caching,
    apiRequestsPerMinute: overrides.apiRequestsPerMinute ?? 1_000_000,
    frontendRequestsPerMinute: overrides.frontendRequestsPerMinute ?? 1_000_000,
    // Local only by default: a sync's statement would land among the statements a test counts.
    rateLimitSyncMs: overrides.rateLimitSyncMs ?? 0,
    authRequestsPerMinute: overrides.authRequestsPerMinute ?? 1_000_000,
    jsonBodyLimitBytes: 1024 * 1024,
    trustProxy: overrides.trustProxy ?? false,
    graphqlPlayground: false,
    allowedOrigins: overrides.allowedOrigins,
    nextHandler: overrides.nextHandler,
  })
  const server = http.createServer(listener)
  // The client (fetch, in this same process) closes idle keep-alive connections itself. Were the
  // server to close them too, both timers could expire during one long pause of the event loop,
  // the client write its next request on the socket first, and the server's timer then destroy
  // it unread: ECONNRESET for a request that never arrived.
  server.keepAliveTimeout = 0
  answerClientErrors(server)
  // Tests open a thousand connections at once: Node's default backlog (511) overflows under load,
  // and the kernel then resets connections the client already thinks are open.
  await new Promise<void>((resolve) =>
    server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve),
  )
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closeApp()
      await caching.stop()
    },
  }
}
