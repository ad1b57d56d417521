/**
 * The site's fetch: an HTTP cache in front of the API that does what the API's `Cache-Control`
 * says. A public answer is kept for its `max-age`; after that it is served for up to
 * `stale-while-revalidate` seconds while one background request refreshes it, and refreshed with
 * `If-None-Match` (a 304 keeps the body). Only answers marked `public` are kept (so a frontend
 * key's reads, which the API answers as anyone's, are kept too); `private`, `no-store` and
 * `no-cache` answers, and anything but a 200 to a GET, never are. Next's own data
 * cache is bypassed (`cache: 'no-store'` on every request it sends): it cannot know an answer's
 * `max-age` before the answer arrives, so it would keep answers for a time chosen by the site
 * instead of the one the API sent.
 */

export interface CachePolicy {
  /** Whether a shared cache may keep the answer. */
  storable: boolean
  maxAgeSeconds: number
  staleSeconds: number
}

/** What `Cache-Control` allows a shared cache to do with an answer. */
export function cachePolicyOf(cacheControl: string | null): CachePolicy {
  const directives = new Map<string, string>()
  for (const part of (cacheControl ?? '').split(',')) {
    const [name, value = ''] = part.trim().toLowerCase().split('=')
    if (name) directives.set(name, value.replace(/^"|"$/g, ''))
  }
  const seconds = (name: string): number => {
    const value = Number(directives.get(name))
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
  }
  const maxAgeSeconds = directives.has('s-maxage') ? seconds('s-maxage') : seconds('max-age')
  const storable =
    directives.has('public') &&
    !['private', 'no-store', 'no-cache'].some((name) => directives.has(name)) &&
    maxAgeSeconds > 0
  return { storable, maxAgeSeconds, staleSeconds: seconds('stale-while-revalidate') }
}

interface Kept {
  body: ArrayBuffer
  status: number
  headers: [string, string][]
  etag: string | null
  freshUntil: number
  staleUntil: number
}

export interface CachingFetchOptions {
  /** The fetch that reaches the API (default: the global one). */
  fetch?: typeof fetch
  /** Most answers kept; the oldest go first. */
  maxEntries?: number
  now?: () => number
}

/** A `fetch` that keeps and revalidates public GET answers as their `Cache-Control` says. */
export function cachingFetch(options: CachingFetchOptions = {}): typeof fetch {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis)
  const maxEntries = options.maxEntries ?? 500
  const now = options.now ?? Date.now
  const kept = new Map<string, Kept>()
  const refreshing = new Map<string, Promise<Response>>()

  const answerOf = (entry: Kept): Response =>
    new Response(entry.body.slice(0), { status: entry.status, headers: entry.headers })

  const keep = (url: string, entry: Kept) => {
    kept.delete(url)
    kept.set(url, entry)
    while (kept.size > maxEntries) kept.delete(kept.keys().next().value as string)
  }

  async function revalidate(url: string, init: RequestInit, stale?: Kept): Promise<Response> {
    const headers = new Headers(init.headers)
    if (stale?.etag) headers.set('if-none-match', stale.etag)
    const response = await send(url, { ...init, headers, cache: 'no-store' })
    const policy = cachePolicyOf(response.headers.get('cache-control'))
    const at = now()
    if (response.status === 304 && stale) {
      const entry = { ...stale, freshUntil: at + policy.maxAgeSeconds * 1000 }
      entry.staleUntil = entry.freshUntil + policy.staleSeconds * 1000
      if (policy.storable) keep(url, entry)
      else kept.delete(url)
      return answerOf(entry)
    }
    if (response.status !== 200 || !policy.storable) {
      kept.delete(url)
      return response
    }
    const body = await response.arrayBuffer()
    const entry: Kept = {
      body,
      status: response.status,
      headers: [...response.headers.entries()],
      etag: response.headers.get('etag'),
      freshUntil: at + policy.maxAgeSeconds * 1000,
      staleUntil: at + (policy.maxAgeSeconds + policy.staleSeconds) * 1000,
    }
    keep(url, entry)
    return answerOf(entry)
  }

  /** One request per URL at a time refreshes it; others wait for the same answer. */
  const refresh = (url: string, init: RequestInit, stale?: Kept): Promise<Response> => {
    const running = refreshing.get(url)
    if (running) return running.then((response) => response.clone())
    const started = revalidate(url, init, stale).finally(() => refreshing.delete(url))
    refreshing.set(url, started)
    return started.then((response) => response.clone())
  }

  return async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = (init.method ?? 'GET').toUpperCase()
    if (method !== 'GET') {
      return send(input, { ...init, cache: 'no-store' })
    }
    const entry = kept.get(url)
    const at = now()
    if (entry && at < entry.freshUntil) return answerOf(entry)
    if (entry && at < entry.staleUntil) {
      // Served stale while one request brings it up to date; a failure keeps the stale answer.
      void refresh(url, init, entry).catch(() => undefined)
      return answerOf(entry)
    }
    return refresh(url, init, entry)
  }
}
