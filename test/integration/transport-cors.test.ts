import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createStory } from '../helpers/content'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'
import { createTestUser, type TestUser } from '../helpers/users'

let ctx: TestPayload
let open: TestServer
let withOrigins: TestServer
let limited: TestServer
let reader: TestUser
let readerCookie: string

const anySite = 'https://reader-app.example'
const partner = 'https://app.example'

beforeAll(async () => {
  ctx = await startTestPayload()
  open = await startTestServer(ctx.config)
  withOrigins = await startTestServer(ctx.config, { allowedOrigins: [partner] })
  limited = await startTestServer(ctx.config, { apiRequestsPerMinute: 1 })
  reader = await createTestUser(ctx.payload, 'reader')
  const login = await fetch(`${open.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: reader.email, password: reader.password }),
  })
  readerCookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
  expect(readerCookie).toMatch(/^payload-token=/)
  await createStory(ctx.payload, {}, { publish: true })
})

afterAll(async () => {
  await open?.close()
  await withOrigins?.close()
  await limited?.close()
  await ctx?.close()
})

const preflight = (base: string, origin: string, method: string) =>
  fetch(`${base}/api/stories`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'content-type',
    },
  })

describe('anonymous reads from any origin', () => {
  it.each([
    ['without CORS_ORIGINS', () => open.url],
    ['with CORS_ORIGINS', () => withOrigins.url],
  ])('a GET of published content from another site is readable (%s)', async (_what, base) => {
    const response = await fetch(`${base()}/api/stories?limit=1`, { headers: { origin: anySite } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    const body = (await response.json()) as { docs: unknown[] }
    expect(body.docs.length).toBe(1)
  })

  it('a GET preflight from another site is allowed, without credentials', async () => {
    const response = await preflight(open.url, anySite, 'GET')
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Content-Type/)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it.each(['POST', 'PATCH', 'DELETE'])(
    'a %s preflight from an untrusted site gets no CORS permission',
    async (method) => {
      const response = await preflight(withOrigins.url, anySite, method)
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    },
  )

  it('errors are readable too: an unknown route (404) and a rate limit (429)', async () => {
    const missing = await fetch(`${open.url}/api/no-such-thing`, { headers: { origin: anySite } })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('access-control-allow-origin')).toBe('*')
    expect(await missing.json()).toEqual({ errors: [{ message: expect.any(String) }] })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${limited.url}/api/stories`, { headers: { origin: anySite } })
      statuses.push(response.status)
      if (response.status === 429) {
        expect(response.headers.get('access-control-allow-origin')).toBe('*')
        expect(await response.json()).toEqual({ errors: [{ message: expect.any(String) }] })
      } else await response.arrayBuffer()
    }
    expect(statuses).toContain(429)
  })

  it('a request without Origin (same origin, servers) carries no CORS headers', async () => {
    const response = await fetch(`${open.url}/api/stories?limit=1`)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('vary') ?? '').not.toMatch(/Origin/)
  })
})

describe('credentialed requests only from CORS_ORIGINS', () => {
  it('a trusted origin gets its own origin back, with credentials, and Vary: Origin', async () => {
    const response = await fetch(`${withOrigins.url}/api/users/me`, {
      headers: { origin: partner, cookie: readerCookie },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(partner)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('vary')).toMatch(/Origin/)
    const body = (await response.json()) as { user: { id: number } | null }
    expect(body.user?.id).toBe(reader.user.id)
  })

  it('a public read from a trusted origin varies by Origin, so no cache mixes them up', async () => {
    const response = await fetch(`${withOrigins.url}/api/stories?limit=1`, {
      headers: { origin: partner },
    })
    expect(response.headers.get('access-control-allow-origin')).toBe(partner)
    expect(response.headers.get('vary')).toMatch(/Origin/)
    expect(response.headers.get('vary')).toMatch(/Cookie/)
  })

  it('a trusted origin may preflight writes', async () => {
    const response = await preflight(withOrigins.url, partner, 'PATCH')
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(partner)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-allow-methods')).toMatch(/PATCH/)
  })

  it('an untrusted origin never gets credentials, and its cookie writes are still refused', async () => {
    const read = await fetch(`${withOrigins.url}/api/users/me`, {
      headers: { origin: anySite, cookie: readerCookie },
    })
    expect(read.headers.get('access-control-allow-origin')).toBe('*')
    expect(read.headers.get('access-control-allow-credentials')).toBeNull()
    await read.arrayBuffer()
    for (const base of [open.url, withOrigins.url]) {
      const write = await fetch(`${base}/api/users/${reader.user.id}`, {
        method: 'PATCH',
        headers: { origin: anySite, cookie: readerCookie, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Forged' }),
      })
      expect(write.status).toBe(403)
      expect(write.headers.get('access-control-allow-origin')).toBeNull()
    }
    const after = await ctx.payload.findByID({ collection: 'users', id: reader.user.id })
    expect(after.name).not.toBe('Forged')
  })
})
