import { describe, expect, it } from '@jest/globals'

import { cachePolicyOf, cachingFetch } from '../../src/site/httpCache'
import { shownDate, shownRating, shownViews } from '../../src/site/format'

interface Sent {
  url: string
  ifNoneMatch: string | null
  cache: RequestCache | undefined
}

/** A stand-in API: answers from `reply`, records what was sent. */
function fakeApi(reply: (sent: Sent, n: number) => Response) {
  const sent: Sent[] = []
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const entry = {
      url: String(input),
      ifNoneMatch: new Headers(init.headers).get('if-none-match'),
      cache: init.cache,
    }
    sent.push(entry)
    return reply(entry, sent.length)
  }) as typeof globalThis.fetch
  return { sent, fetch }
}

const json = (body: unknown, cacheControl: string, etag = '"v1"', status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': cacheControl, etag },
  })

const publicFor5 = 'public, max-age=5, stale-while-revalidate=30'

describe('cachePolicyOf', () => {
  it.each([
    [publicFor5, { storable: true, maxAgeSeconds: 5, staleSeconds: 30 }],
    ['public, max-age=60', { storable: true, maxAgeSeconds: 60, staleSeconds: 0 }],
    ['public, max-age=5, s-maxage=20', { storable: true, maxAgeSeconds: 20, staleSeconds: 0 }],
    ['private, no-store', { storable: false, maxAgeSeconds: 0, staleSeconds: 0 }],
    ['public, max-age=5, no-cache', { storable: false, maxAgeSeconds: 5, staleSeconds: 0 }],
    ['max-age=5', { storable: false, maxAgeSeconds: 5, staleSeconds: 0 }],
    ['public, max-age=0', { storable: false, maxAgeSeconds: 0, staleSeconds: 0 }],
    [null, { storable: false, maxAgeSeconds: 0, staleSeconds: 0 }],
  ])('%j', (header, policy) => {
    expect(cachePolicyOf(header)).toEqual(policy)
  })
})

describe('cachingFetch', () => {
  it('keeps a public answer for its max-age, then revalidates it with If-None-Match', async () => {
    let now = 0
    const api = fakeApi((sent) =>
      sent.ifNoneMatch === '"v1"'
        ? new Response(null, {
            status: 304,
            headers: { 'cache-control': publicFor5, etag: '"v1"' },
          })
        : json({ n: 1 }, publicFor5),
    )
    const fetch = cachingFetch({ fetch: api.fetch, now: () => now })
    expect(await (await fetch('http://api/x')).json()).toEqual({ n: 1 })
    now = 4_999
    expect(await (await fetch('http://api/x')).json()).toEqual({ n: 1 })
    expect(api.sent).toHaveLength(1)
    // Past max-age and past stale-while-revalidate: one conditional request, the body kept.
    now = 40_000
    expect(await (await fetch('http://api/x')).json()).toEqual({ n: 1 })
    expect(api.sent).toHaveLength(2)
    expect(api.sent[1].ifNoneMatch).toBe('"v1"')
    expect(api.sent.every((sent) => sent.cache === 'no-store')).toBe(true)
  })

  it('serves a stale answer within stale-while-revalidate while one request refreshes it', async () => {
    let now = 0
    const api = fakeApi((_sent, n) => json({ n }, publicFor5, `"v${n}"`))
    const fetch = cachingFetch({ fetch: api.fetch, now: () => now })
    await fetch('http://api/x')
    now = 10_000
    const stale = await Promise.all([fetch('http://api/x'), fetch('http://api/x')])
    expect(await Promise.all(stale.map((r) => r.json()))).toEqual([{ n: 1 }, { n: 1 }])
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(api.sent).toHaveLength(2)
    expect(await (await fetch('http://api/x')).json()).toEqual({ n: 2 })
  })

  it('never keeps private answers, errors or other methods than GET', async () => {
    const api = fakeApi((sent) =>
      sent.url.endsWith('/private')
        ? json({}, 'private, no-store')
        : sent.url.endsWith('/missing')
          ? json({ errors: [] }, publicFor5, '"e"', 404)
          : json({}, publicFor5),
    )
    const fetch = cachingFetch({ fetch: api.fetch })
    await fetch('http://api/private')
    await fetch('http://api/private')
    await fetch('http://api/missing')
    expect((await fetch('http://api/missing')).status).toBe(404)
    await fetch('http://api/public', { method: 'POST' })
    await fetch('http://api/public', { method: 'POST' })
    expect(api.sent.map((sent) => sent.url.split('/').pop())).toEqual([
      'private',
      'private',
      'missing',
      'missing',
      'public',
      'public',
    ])
  })

  it('keeps at most maxEntries answers, dropping the oldest', async () => {
    const api = fakeApi(() => json({}, publicFor5))
    const fetch = cachingFetch({ fetch: api.fetch, maxEntries: 2 })
    for (const url of ['http://api/a', 'http://api/b', 'http://api/c', 'http://api/a']) {
      await fetch(url)
    }
    expect(api.sent.map((sent) => sent.url)).toEqual([
      'http://api/a',
      'http://api/b',
      'http://api/c',
      'http://api/a',
    ])
  })
})

describe('how cards show numbers', () => {
  it.each([
    [474, '474'],
    [1000, '1k'],
    [1096, '1.1k'],
    [null, '0'],
  ])('views %j as %s', (views, shown) => {
    expect(shownViews(views)).toBe(shown)
  })

  it('ratings as average and count, nothing when unrated', () => {
    expect(shownRating({ average: 4.444, count: 9 })).toBe('4.4 (9)')
    expect(shownRating({ average: 0, count: 0 })).toBeNull()
    expect(shownRating(null)).toBeNull()
  })

  it('dates in UTC', () => {
    expect(shownDate('2026-05-17T23:30:00.000Z')).toBe('May 17, 2026')
    expect(shownDate(null)).toBeNull()
  })
})
