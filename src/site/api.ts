import { PayloadSDK } from '@payloadcms/sdk'

import type { Config } from '../../payload-types'
import { cachingFetch } from './httpCache'

/**
 * Where the site reads casebook's REST API: `SITE_API_URL` (ending in `/api`), else the server the
 * site runs in, on loopback (`PORT`, default 3000; `HOST` unless it listens on every address).
 */
export function siteApiURL(): string {
  if (process.env.SITE_API_URL) return process.env.SITE_API_URL.replace(/\/$/, '')
  const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : '127.0.0.1'
  return `http://${host}:${process.env.PORT ?? 3000}/api`
}

/**
 * `SITE_API_KEY`: an API key of a `frontend` service account. Optional: without it the site reads
 * as an anonymous visitor from the server's own address, under the per-address rate limit.
 */
const apiKeyHeaders = (): Record<string, string> =>
  process.env.SITE_API_KEY ? { authorization: `users API-Key ${process.env.SITE_API_KEY}` } : {}

/** One HTTP cache per server process, shared by every page (see `cachingFetch`). */
const sharedFetch = cachingFetch()

let client: PayloadSDK<Config> | undefined

/**
 * The site's typed REST client (`@payloadcms/sdk` over the generated `Config`). Every request goes
 * through `cachingFetch`, which keeps public answers for the `max-age` the API sends and never
 * keeps private ones; pages are rendered per request (see `connection()` in each page).
 */
export function siteApi(): PayloadSDK<Config> {
  client ??= new PayloadSDK<Config>({
    baseURL: siteApiURL(),
    baseInit: { headers: apiKeyHeaders() },
    fetch: sharedFetch,
  })
  return client
}
