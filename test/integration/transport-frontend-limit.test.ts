import { beforeAll, describe, expect, it } from '@jest/globals'

import { createLesson, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { createFrontendAccount, createTestUser, type TestFrontend } from '../helpers/users'

/** Per-address budget on /api, and the budget of one frontend API key. */
const perAddress = 20
const perFrontend = 60

// Trusted proxy: each test names its own client address with X-Forwarded-For.
const { ctx, api } = useTestApp({
  server: {
    apiRequestsPerMinute: perAddress,
    frontendRequestsPerMinute: perFrontend,
    trustProxy: 'loopback',
  },
})

let frontend: TestFrontend
/** Reads the host answers itself, before Express (src/http/directReads.ts). */
let directReads: string[] = []
let clients = 0
const newClient = () => ({ 'x-forwarded-for': `10.30.0.${++clients}` })

/** Windows are whole clock minutes: start a test with enough of one left to finish in it. */
async function freshEnoughWindow(neededMs = 15_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000)
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50))
}

/** Statuses of `count` sequential GETs from `client`, with `authorization` when given. */
async function statuses(count: number, client: Record<string, string>, token?: string) {
  const seen: number[] = []
  for (let i = 0; i < count; i += 1) {
    seen.push((await api.get('/api/stories?limit=1', { headers: client, token })).status)
  }
  return seen
}

const tally = (codes: number[]) =>
  codes.reduce<Record<number, number>>((counts, code) => {
    counts[code] = (counts[code] ?? 0) + 1
    return counts
  }, {})

beforeAll(async () => {
  frontend = await createFrontendAccount(ctx.payload)
  const tag = await createTag(ctx.payload)
  const lesson = await createLesson(ctx.payload, { tags: [tag.id] }, { publish: true })
  directReads = [
    `/api/lessons?where[slug][equals]=${String(lesson.slug)}`,
    `/api/tags/${tag.slug}/page`,
  ]
})

describe('rate limits per client address and per frontend key', () => {
  it('stops an anonymous client at the per-address budget, with Retry-After', async () => {
    await freshEnoughWindow()
    const client = newClient()
    expect(tally(await statuses(perAddress, client))).toEqual({ 200: perAddress })
    const refused = await api.get('/api/stories?limit=1', { headers: client })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('ratelimit-policy')).toBe(`"api";q=${perAddress};w=60`)
  })

  it('gives a valid frontend key its own, higher budget, whatever address it comes from', async () => {
    await freshEnoughWindow()
    const client = newClient()
    // The address's own budget is used up first: the key does not draw on it.
    expect(tally(await statuses(perAddress + 1, client))).toEqual({ 200: perAddress, 429: 1 })
    const served = await statuses(perFrontend, client, frontend.token)
    expect(tally(served)).toEqual({ 200: perFrontend })
    const refused = await api.get('/api/stories?limit=1', {
      headers: client,
      token: frontend.token,
    })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('ratelimit-policy')).toBe(`"frontend";q=${perFrontend};w=60`)
    // The key's budget is its own across addresses too.
    const elsewhere = await api.get('/api/stories?limit=1', {
      headers: newClient(),
      token: frontend.token,
    })
    expect(elsewhere.status).toBe(429)
  })

  it('gives an unknown key, or the key of an account that is not a frontend, no higher budget', async () => {
    await freshEnoughWindow()
    const unknown = `users API-Key ${'f'.repeat(48)}`
    const unknownCodes = await statuses(perAddress + 5, newClient(), unknown)
    expect(unknownCodes.filter((code) => code === 429)).toHaveLength(5)
    expect(unknownCodes.slice(perAddress)).toEqual([429, 429, 429, 429, 429])

    const editor = await createTestUser(ctx.payload, 'editor')
    const editorKey = `editor-key-${Date.now()}-0123456789abcdef`
    await ctx.payload.update({
      collection: 'users',
      id: editor.user.id,
      data: { enableAPIKey: true, apiKey: editorKey },
    })
    const editorCodes = await statuses(perAddress + 1, newClient(), `users API-Key ${editorKey}`)
    expect(tally(editorCodes)).toEqual({ 200: perAddress, 429: 1 })
  })

  it('gives a revoked key no higher budget', async () => {
    const revoked = await createFrontendAccount(ctx.payload)
    await ctx.payload.update({
      collection: 'users',
      id: revoked.user.id,
      data: { enableAPIKey: false, apiKey: null },
    })
    // Never seen before by this host: no cached answer, so the revocation applies at once.
    const codes = await statuses(perAddress + 1, newClient(), revoked.token)
    expect(codes.at(-1)).toBe(429)
  })
})

describe("the site's pages", () => {
  it('have a budget per client address of their own, apart from the API', async () => {
    await freshEnoughWindow()
    const client = newClient()
    const pages: number[] = []
    for (let i = 0; i <= perAddress; i += 1) {
      pages.push((await api.get('/tags/reliability', { headers: client })).status)
    }
    // Without the admin build the host has no Next handler, so an allowed page answers 404.
    expect(pages.slice(0, perAddress).every((status) => status !== 429)).toBe(true)
    expect(pages[perAddress]).toBe(429)
    expect(tally(await statuses(1, client))).toEqual({ 200: 1 })
  })
})

describe('reads the host answers before Express (tag page, lesson by slug)', () => {
  it('spend the same per-address budget as every other API request', async () => {
    await freshEnoughWindow()
    const client = newClient()
    const paths = [...directReads, '/api/stories?limit=1']
    const seen: number[] = []
    for (let i = 0; i < perAddress; i += 1) {
      seen.push((await api.get(paths[i % paths.length] as string, { headers: client })).status)
    }
    expect(tally(seen)).toEqual({ 200: perAddress })
    for (const path of paths) {
      const refused = await api.get(path, { headers: client })
      expect({ path, status: refused.status }).toEqual({ path, status: 429 })
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(refused.headers.get('ratelimit-policy')).toBe(`"api";q=${perAddress};w=60`)
      expect(refused.headers.get('cache-control')).toBe('no-store')
    }
    // The client's address is read as Express reads it: another address has its own budget.
    expect((await api.get(directReads[0] as string, { headers: newClient() })).status).toBe(200)
  })

  it('answer with the headers of any other public read', async () => {
    await freshEnoughWindow()
    const client = { ...newClient(), origin: 'http://localhost' }
    const names = (headers: Headers) =>
      [...headers.keys()].filter((name) => !['content-length', 'date'].includes(name)).sort()
    const viaExpress = await api.get('/api/stories?limit=1', { headers: client })
    for (const path of directReads) {
      const direct = await api.get(path, { headers: client })
      expect({ path, headers: names(direct.headers) }).toEqual({
        path,
        headers: names(viaExpress.headers),
      })
      expect(direct.headers.get('x-request-id')).not.toBe(viaExpress.headers.get('x-request-id'))
      expect(direct.headers.get('cache-control')).toBe(viaExpress.headers.get('cache-control'))
    }
  })

  it('leave targets Express refuses to Express', async () => {
    for (const path of [
      '/api/tags/%ff/page',
      '/api/tags/a%2fb/page',
      '/api/tags/a/page?limit=%00',
      `${directReads[0] as string}%00`,
    ]) {
      const response = await api.get<{ errors: { message: string }[] }>(path, {
        headers: newClient(),
      })
      expect({ path, status: response.status }).toEqual({ path, status: 400 })
      expect(response.body.errors[0]?.message).toEqual(expect.any(String))
    }
  })
})
