import type http from 'node:http'

import next from 'next'
import { getPayload } from 'payload'

import configPromise from '../payload.config'
import { ensureFirstAdmin } from './bootstrap/firstAdmin'
import { seedOnFirstStart } from './seed/firstStart'
import { runMigrations } from './db/migrate'
import { closePayload, guardPoolErrors } from './db/pool'
import { startResponseCaching, type ResponseCachingOptions } from './cache/caching'
import { intFromEnv, StartupError } from './env'
import { createApp } from './http/app'
import { drainableServer } from './http/drain'
import { answerClientErrors } from './http/clientError'

export interface HostStartOptions {
  dev: boolean
  host: string
  port: number
}

/** Stops the host: in-flight requests may finish within `graceMs`, then everything closes. */
export type StopHost = (graceMs: number) => Promise<void>

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    // A burst of new connections beyond Node's default backlog (511) is reset by the kernel.
    server.listen({ port, host, backlog: 4096 }, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

const trustProxy = (): boolean | number | string => {
  const raw = process.env.TRUST_PROXY
  if (!raw) return false
  if (raw === 'true') return true
  return /^\d+$/.test(raw) ? Number(raw) : raw
}

function serveAdmin(): boolean {
  const raw = process.env.SERVE_ADMIN ?? 'true'
  if (raw !== 'true' && raw !== 'false') {
    throw new StartupError(`SERVE_ADMIN must be "true" or "false", got "${raw}"`)
  }
  return raw === 'true'
}

/** Response caching from the environment (README, "Configuration"). */
export function responseCachingFromEnv(): ResponseCachingOptions {
  const inProcess = process.env.RESPONSE_CACHE ?? 'on'
  if (inProcess !== 'on' && inProcess !== 'off') {
    throw new StartupError(`RESPONSE_CACHE must be "on" or "off", got "${inProcess}"`)
  }
  return {
    inProcess: inProcess === 'on',
    maxAgeSeconds: intFromEnv('RESPONSE_CACHE_MAX_AGE_SECONDS', 5),
    staleWhileRevalidateSeconds: intFromEnv('RESPONSE_CACHE_STALE_SECONDS', 30),
    maxBytes: intFromEnv('RESPONSE_CACHE_MAX_MB', 64) * 1024 * 1024,
  }
}

/**
 * Boots Payload (migrations first, so the first request never waits for them), the Next admin
 * and the Express host. Resolves to a function that stops all three.
 */
export async function startHost({ dev, host, port }: HostStartOptions): Promise<StopHost> {
  const config = await configPromise
  const payload = await getPayload({ config, cron: true })
  guardPoolErrors(payload)
  // Before anything reads: instances starting together take turns (see runMigrations).
  await runMigrations(payload)
  await ensureFirstAdmin(payload, { pretty: dev })
  // Development only: production databases are seeded on purpose, with `npm run seed`.
  if (dev) await seedOnFirstStart(payload)

  // API-only instances (SERVE_ADMIN=false) skip Next: less memory, a faster start, and several of
  // them can run from one checkout (Next allows one development server per directory).
  const nextApp = serveAdmin() ? next({ dev, dir: process.cwd(), hostname: host, port }) : undefined
  await nextApp?.prepare()
  const handle = nextApp?.getRequestHandler()

  const caching = await startResponseCaching(payload, responseCachingFromEnv())
  const { listener, close: closeApp } = await createApp({
    config,
    caching,
    nextHandler: handle && ((req, res) => handle(req, res)),
    apiRequestsPerMinute: intFromEnv('RATE_LIMIT_API_PER_MINUTE', 1200),
    frontendRequestsPerMinute: intFromEnv('RATE_LIMIT_FRONTEND_PER_MINUTE', 60_000),
    rateLimitSyncMs: intFromEnv('RATE_LIMIT_SYNC_MS', 1000),
    authRequestsPerMinute: intFromEnv('RATE_LIMIT_AUTH_PER_MINUTE', 20),
    jsonBodyLimitBytes: intFromEnv('JSON_BODY_LIMIT_BYTES', 1024 * 1024),
    trustProxy: trustProxy(),
    graphqlPlayground: dev,
    allowedOrigins: (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean),
    publicURL: process.env.PUBLIC_URL || undefined,
    dev,
  })
  const { server, drain } = drainableServer(listener)
  answerClientErrors(server)
  await listen(server, port, host)

  const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  if (dev) {
    console.info(
      `\ncasebook is running (development)\n  site:    ${nextApp ? `${base}/` : 'off (SERVE_ADMIN=false)'}\n  admin:   ${nextApp ? `${base}/admin` : 'off (SERVE_ADMIN=false)'}\n  REST:    ${base}/api\n  GraphQL: ${base}/api/graphql\n`,
    )
  } else {
    payload.logger.info({ msg: 'casebook is running (production)', url: base })
  }

  return async (graceMs) => {
    await drain(graceMs)
    await closeApp()
    await caching.stop()
    await nextApp?.close()
    await closePayload(payload)
  }
}
