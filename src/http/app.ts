import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'
import express, { type Request, type RequestHandler } from 'express'
import proxyaddr from 'proxy-addr'
import type { SanitizedConfig } from 'payload'
import { getPayload, handleEndpoints } from 'payload'

import type { IncomingMessage, RequestListener } from 'node:http'

import type { ResponseCaching } from '../cache/caching'
import { graphQLHandler } from '../graphql/handler'
import type { PublicRead } from '../cache/publicRead'
import { accessLog } from './accessLog'
import { answerDirectReadsFirst } from './directReads'
import { fetchRequestOf, sendFetchResponse, toFetchRequest } from './bridge'
import { allowCrossOriginReads } from './cors'
import { refuseCrossSiteWrites } from './csrf'
import { errorHandler, sendError } from './errors'
import { privateCacheControl, sendPublicAnswer, storedAnswerOf } from './conditional'
import { bodyProblem, checkTarget, isCollectionWrite } from './gate'
import { answerKeptReadsFirst } from './keptAnswers'
import { liveness, readiness } from './health'
import { sendGraphQLResponse, sendRESTResponse } from './responses'
import { articleListAnswerer } from './articleListAnswer'
import { lessonAnswerer } from './lessonAnswer'
import { answerTagPage } from './tagPageAnswer'
import { assignRequestId } from './requestContext'
import { isRetriableGraphQL, retryTransient } from './retryTransient'
import { budgetSpender, createRateLimits, sharedLimit } from './rateLimit'
import { securityHeaders } from './security'
import { answerUnservedRoutes } from './unservedRoutes'

export interface HostOptions {
  config: SanitizedConfig
  /** Serves the admin (/admin and its assets); absent when only the API is wanted (tests). */
  nextHandler?: RequestHandler
  /** Requests per minute per client on /api. */
  apiRequestsPerMinute: number
  /** Requests per minute per frontend API key on /api, instead of the per-client limit. */
  frontendRequestsPerMinute?: number
  /** How often rate-limit counts are shared with other instances through Postgres, in ms; 0: never. */
  rateLimitSyncMs?: number
  /** Requests per minute per client on login, signup and password endpoints. */
  authRequestsPerMinute: number
  /** Largest non-upload request body, in bytes. */
  jsonBodyLimitBytes: number
  /** Express `trust proxy` setting, so rate limits see real client addresses behind a proxy. */
  trustProxy: boolean | number | string
  /** Whether the GraphQL playground is served. */
  graphqlPlayground: boolean
  /** Origins besides the site's own from which cookie-authenticated writes are accepted. */
  allowedOrigins?: string[]
  /** The site's public URL (PUBLIC_URL); its origin is always allowed. */
  publicURL?: string
  /** Serve Next's development-only routes (HMR, error overlay). */
  dev?: boolean
  /** Which reads are public, and where their answers are kept (`startResponseCaching`). */
  caching: ResponseCaching
}

const isMultipart = (req: Request) => Boolean(req.is('multipart/form-data'))
const methodOverrideOf = (req: Request): string =>
  String(
    req.headers['x-payload-http-method-override'] ?? req.headers['x-http-method-override'] ?? '',
  )

const authPaths = [
  '/api/users/login',
  '/api/users/forgot-password',
  '/api/users/reset-password',
  '/api/users/refresh-token',
]

/** What the admin needs from Next: its pages and its assets. */
export const isAdminPath = (path: string, dev = false): boolean =>
  path === '/admin' ||
  path.startsWith('/admin/') ||
  path.startsWith('/_next/') ||
  path === '/favicon.ico' ||
  (dev && path.startsWith('/__nextjs'))

/** The reference site's pages (src/app/(site)): `/`, `/signup` and one level under its sections. */
export const isSitePath = (path: string): boolean =>
  path === '/' || path === '/signup' || /^\/(stories|tags|lessons)\/[^/]+$/.test(path)

/** Everything Next serves: the admin and the site. Nothing else reaches Next. */
export const isNextPath = (path: string, dev = false): boolean =>
  isAdminPath(path, dev) || isSitePath(path)

export interface Host {
  /** Answers every request. */
  listener: RequestListener
  /** Stops what runs beside the requests (the rate limits' sync, after a last one). */
  close: () => Promise<void>
}

/**
 * The Express host, the one way into Payload: every request target is checked before routing
 * (400 if ambiguous), then security headers, CSRF, rate limits and the body cap apply to Payload's
 * REST and GraphQL; only the admin's and the site's paths reach Next; anything else is a 404.
 */
export async function createApp(options: HostOptions): Promise<Host> {
  const graphql = graphQLHandler(options.config)
  const playground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(options.config))

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', options.trustProxy)
  const payload = await getPayload({ config: options.config })
  const { logger } = payload
  const everyAnswer = [assignRequestId, accessLog(logger), securityHeaders]
  const crossOrigin = allowCrossOriginReads({
    allowedOrigins: options.allowedOrigins ?? [],
    publicURL: options.publicURL,
  })
  app.use(...everyAnswer)
  app.use(checkTarget)
  app.use('/api', crossOrigin)

  // For load balancers: before the rate limits, which would count their probes as a client.
  app.get('/api/health', liveness)
  app.get(
    '/api/health/ready',
    readiness(() => getPayload({ config: options.config })),
  )

  app.use(
    '/api',
    refuseCrossSiteWrites({
      sessionCookie: `${options.config.cookiePrefix}-token`,
      allowedOrigins: options.allowedOrigins ?? [],
      publicURL: options.publicURL,
    }),
  )
  const limits = createRateLimits(payload, {
    accounts: options.config.admin.user,
    syncIntervalMs: options.rateLimitSyncMs ?? 1000,
  })
  const auth = { perMinute: options.authRequestsPerMinute }
  app.use(authPaths, sharedLimit(limits, { ...auth, scope: 'sign-in', what: 'sign-in attempts' }))
  app.post('/api/users', sharedLimit(limits, { ...auth, scope: 'sign-up', what: 'sign-ups' }))
  const { caching } = options
  const isFrontend = async (req: IncomingMessage): Promise<boolean> =>
    (await limits.frontends.frontendOf(req.headers.authorization)) !== null
  // Kept answers were sent before Express (answerKeptReadsFirst); note which reads may be kept.
  app.use('/api', async (req, res, next) => {
    res.locals.publicRead =
      caching.publicReadOf(req) ??
      (req.headers.authorization && (await isFrontend(req))
        ? caching.publicReadOf(req, true)
        : undefined)
    next()
  })
  const apiLimit = {
    scope: 'api',
    perMinute: options.apiRequestsPerMinute,
    what: 'requests',
    frontendPerMinute: options.frontendRequestsPerMinute ?? 60_000,
  }
  app.use('/api', sharedLimit(limits, apiLimit))
  // Uploads stream through to Payload, which enforces the upload size; other bodies are capped.
  app.use(
    '/api',
    express.raw({ type: (req) => !isMultipart(req as Request), limit: options.jsonBodyLimitBytes }),
  )
  const slugs = new Set<string>(options.config.collections.map((collection) => collection.slug))
  app.use('/api', (req, res, next) => {
    if (isMultipart(req)) return next()
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    const override = req.method === 'POST' && /^get$/i.test(methodOverrideOf(req))
    const problem = bodyProblem(body, req.headers['content-type'], override)
    if (problem) return sendError(res, problem.status, problem.message)
    if (body.length === 0 && isCollectionWrite(req.method, req.path, slugs)) {
      return sendError(res, 400, 'The request needs a JSON object body (or a multipart form).')
    }
    next()
  })

  app.use('/api', answerUnservedRoutes(options.config))

  const bodyOf = (req: Request) => (Buffer.isBuffer(req.body) ? req.body : undefined)
  // Buffered, so a request lost to a deadlock can be built again and retried; uploads stream.
  const replayableBodyOf = (req: Request) =>
    isMultipart(req) ? undefined : (bodyOf(req) ?? Buffer.alloc(0))

  app.get('/api/graphql-playground', async (req, res) => {
    if (!options.graphqlPlayground) return sendError(res, 404, 'Not found.')
    await sendFetchResponse(res, await playground(toFetchRequest(req)))
  })
  app.post('/api/graphql', async (req, res) => {
    res.setHeader('cache-control', privateCacheControl)
    const body = replayableBodyOf(req)
    const response = await retryTransient(() => graphql(toFetchRequest(req, body)), {
      kind: 'graphql',
      retriable: () => isRetriableGraphQL(body),
    })
    await sendGraphQLResponse(res, response)
  })
  const answerLesson = lessonAnswerer(payload)
  const answerArticleList = articleListAnswerer(payload)
  /** Payload's REST handlers; `request` builds the request again for each attempt. */
  const answerByPayload = (request: () => globalThis.Request, retriable: () => boolean) =>
    retryTransient(() => handleEndpoints({ config: options.config, request: request() }), {
      kind: 'rest',
      retriable,
    })
  app.use('/api', async (req, res) => {
    const body = replayableBodyOf(req)
    const read = res.locals.publicRead as PublicRead | undefined
    const request = () => {
      const built = toFetchRequest(req, body)
      // A frontend reads what anyone reads: its answer is computed, and kept, as anyone's.
      if (read?.asFrontend) built.headers.delete('authorization')
      return built
    }
    const answer = () => answerByPayload(request, () => !isMultipart(req))
    if (read) {
      const compute = async () =>
        (await answerTagPage(payload, req.path, req.originalUrl)) ??
        (await answerLesson(req.path, req.originalUrl)) ??
        (await answerArticleList(req.path, req.originalUrl)) ??
        storedAnswerOf(await answer())
      const cache = caching.cache()
      const stored = cache
        ? await cache.fetch(read.key, read.dependencies, compute, (kept) => kept.shareable)
        : await compute()
      return sendPublicAnswer(req, res, stored, caching.policy)
    }
    res.setHeader('cache-control', privateCacheControl)
    await sendRESTResponse(res, await answer())
  })

  // The site's pages call the API on the visitor's behalf: each address has a budget of pages.
  const sitePages = sharedLimit(limits, {
    scope: 'site',
    perMinute: options.apiRequestsPerMinute,
    what: 'page requests',
  })
  app.use((req, res, next) => (isSitePath(req.path) ? sitePages(req, res, next) : next()))

  const { nextHandler } = options
  app.use((req, res, next) => {
    if (nextHandler && isNextPath(req.path, options.dev)) return nextHandler(req, res, next)
    sendError(res, 404, 'Not found.')
  })
  app.use(errorHandler(logger))
  const trust = app.get('trust proxy fn') as (address: string, hop: number) => boolean
  const direct = answerDirectReadsFirst(app, {
    payload,
    caching,
    before: [...everyAnswer, crossOrigin],
    spend: budgetSpender(limits, apiLimit),
    addressOf: (req) => proxyaddr(req, trust),
    answerLesson,
    answerArticleList,
    payloadAnswer: async (req, address) =>
      storedAnswerOf(
        await answerByPayload(
          () => fetchRequestOf(req, req.url ?? '', address),
          () => true,
        ),
      ),
  })
  // Only /api answers are kept, so the CORS middleware every /api answer gets applies to them all.
  const listener = answerKeptReadsFirst(direct, {
    caching,
    before: [...everyAnswer, crossOrigin],
    isFrontend,
  })
  return { listener, close: limits.close }
}
