import express, { type Request, type RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { sendFetchResponse, toFetchRequest } from './bridge'
import { errorHandler, sendError } from './errors'
import { perClientLimit, securityHeaders } from './security'

export interface HostOptions {
  config: SanitizedConfig
  /** Serves everything outside /api (the admin); absent when only the API is wanted (tests). */
  nextHandler?: RequestHandler
  /** Requests per minute per client on /api. */
  apiRequestsPerMinute: number
  /** Requests per minute per client on login, signup and password endpoints. */
  authRequestsPerMinute: number
  /** Largest non-upload request body, in bytes. */
  jsonBodyLimitBytes: number
  /** Express `trust proxy` setting, so rate limits see real client addresses behind a proxy. */
  trustProxy: boolean | number | string
  /** Whether the GraphQL playground is served. */
  graphqlPlayground: boolean
}

const isMultipart = (req: Request) => Boolean(req.is('multipart/form-data'))

const authPaths = [
  '/api/users/login',
  '/api/users/forgot-password',
  '/api/users/reset-password',
  '/api/users/refresh-token',
]

/** The Express host: security headers, rate limits, Payload's REST and GraphQL, then Next. */
export async function createApp(options: HostOptions): Promise<express.Express> {
  // Imported lazily: the module pulls in GraphQL, which the REST-only paths never need.
  const { GRAPHQL_POST, GRAPHQL_PLAYGROUND_GET } = await import('@payloadcms/next/routes')
  const graphql = GRAPHQL_POST(Promise.resolve(options.config))
  const playground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(options.config))

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', options.trustProxy)
  app.use(securityHeaders)

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true })
  })

  app.use(authPaths, perClientLimit(options.authRequestsPerMinute, 'sign-in attempts'))
  app.post('/api/users', perClientLimit(options.authRequestsPerMinute, 'sign-ups'))
  app.use('/api', perClientLimit(options.apiRequestsPerMinute, 'requests'))
  // Uploads stream through to Payload, which enforces the upload size; other bodies are capped.
  app.use(
    '/api',
    express.raw({ type: (req) => !isMultipart(req as Request), limit: options.jsonBodyLimitBytes }),
  )

  const bodyOf = (req: Request) => (Buffer.isBuffer(req.body) ? req.body : undefined)

  app.get('/api/graphql-playground', async (req, res) => {
    if (!options.graphqlPlayground) return sendError(res, 404, 'Not found.')
    await sendFetchResponse(res, await playground(toFetchRequest(req)))
  })
  app.post('/api/graphql', async (req, res) => {
    await sendFetchResponse(res, await graphql(toFetchRequest(req, bodyOf(req))))
  })
  app.use('/api', async (req, res) => {
    const response = await handleEndpoints({
      config: options.config,
      request: toFetchRequest(req, bodyOf(req)),
    })
    await sendFetchResponse(res, response)
  })

  if (options.nextHandler) app.use(options.nextHandler)
  app.use(errorHandler)
  return app
}
