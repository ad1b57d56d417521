import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle, createStory } from '../helpers/content'
import { apiClient, type ApiClient } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'
import { createTestUser, type TestUser } from '../helpers/users'

let ctx: TestPayload
let server: TestServer
let withOrigins: TestServer
let api: ApiClient
let reader: TestUser
let readerCookie: string
let readerToken: string

const evil = 'https://evil.example'
const partner = 'https://app.example'

beforeAll(async () => {
  ctx = await startTestPayload()
  server = await startTestServer(ctx.config)
  withOrigins = await startTestServer(ctx.config, { allowedOrigins: [partner] })
  api = apiClient(server.url)
  reader = await createTestUser(ctx.payload, 'reader')
  const login = await api.post<{ token: string }>('/api/users/login', {
    json: { email: reader.email, password: reader.password },
  })
  readerToken = login.body.token
  readerCookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
  expect(readerCookie).toMatch(/^payload-token=/)
})

afterAll(async () => {
  await server?.close()
  await withOrigins?.close()
  await ctx?.close()
})

const rename = (base: string, headers: Record<string, string>) =>
  apiClient(base).patch<{ doc?: { name: string } }>(`/api/users/${reader.user.id}`, {
    json: { name: `Renamed ${Math.random()}` },
    headers,
  })

describe('cookie-authenticated writes come only from allowed origins', () => {
  // [what, headers beyond the cookie, expected status]
  const table: [string, Record<string, string>, number][] = [
    ['same origin (Origin)', {}, 200],
    ['another site (Origin)', { origin: evil }, 403],
    ['an opaque origin', { origin: 'null' }, 403],
    ['no Origin, same-site Referer', {}, 200],
    ['no Origin, foreign Referer', { referer: `${evil}/page` }, 403],
    ['neither Origin nor Referer', {}, 403],
  ]

  it.each(table)(
    'REST PATCH with the cookie from %s (extra headers %j) answers %i',
    async (what, headers, status) => {
      const own = server.url
      const base: Record<string, string> = { cookie: readerCookie }
      if (what === 'same origin (Origin)') base.origin = own
      if (what === 'no Origin, same-site Referer') base.referer = `${own}/admin/account`
      const response = await rename(server.url, { ...base, ...headers })
      expect(response.status).toBe(status)
      if (status === 403)
        expect(response.body).toEqual({ errors: [{ message: expect.any(String) }] })
    },
  )

  it('lets an Authorization header through from any origin (not forgeable cross-site)', async () => {
    const response = await rename(server.url, { authorization: `JWT ${readerToken}`, origin: evil })
    expect(response.status).toBe(200)
  })

  it('refuses a GraphQL mutation with the cookie from another site', async () => {
    const query = `mutation { updateUser(id: ${reader.user.id}, data: { name: "Forged", subscription: { tier: free } }) { name } }`
    const forged = await api.request('POST', '/api/graphql', {
      json: { query },
      headers: { cookie: readerCookie, origin: evil },
    })
    expect(forged.status).toBe(403)
    const own = await api.request<{ data?: unknown; errors?: unknown }>('POST', '/api/graphql', {
      json: { query },
      headers: { cookie: readerCookie, origin: server.url },
    })
    expect(own.status).toBe(200)
    expect(own.body.errors).toBeUndefined()
    expect(own.body.data).toEqual({ updateUser: { name: 'Forged' } })
  })

  it('refuses custom endpoints (like, rating) with the cookie from another site', async () => {
    const article = await createArticle(ctx.payload, {}, { publish: true })
    const like = await api.post(`/api/community-articles/${article.id}/like`, {
      headers: { cookie: readerCookie, origin: evil },
    })
    expect(like.status).toBe(403)
    const rating = await api.post('/api/ratings', {
      json: { item: { relationTo: 'community-articles', value: article.id }, score: 5 },
      headers: { cookie: readerCookie, origin: evil },
    })
    expect(rating.status).toBe(403)
    const ownLike = await api.post<{ liked: boolean }>(
      `/api/community-articles/${article.id}/like`,
      {
        headers: { cookie: readerCookie, origin: server.url },
      },
    )
    expect(ownLike.status).toBe(200)
    expect(ownLike.body.liked).toBe(true)
  })

  it('accepts origins listed in CORS_ORIGINS, and only those', async () => {
    const allowed = await rename(withOrigins.url, { cookie: readerCookie, origin: partner })
    expect(allowed.status).toBe(200)
    const other = await rename(withOrigins.url, { cookie: readerCookie, origin: evil })
    expect(other.status).toBe(403)
  })

  it('leaves safe methods alone (a cross-site GET reads nothing it could not read anyway)', async () => {
    const response = await api.get<{ user: { id: number } | null }>('/api/users/me', {
      headers: { cookie: readerCookie, origin: evil },
    })
    expect(response.status).toBe(200)
  })
})

describe('custom endpoints accept JSON bodies only', () => {
  it('answers 415 to a text/plain body that is valid JSON, and 2xx to the same as JSON', async () => {
    const article = await createArticle(ctx.payload, {}, { publish: true })
    const body = JSON.stringify({
      item: { relationTo: 'community-articles', value: article.id },
      score: 4,
    })
    const response = await fetch(`${server.url}/api/ratings`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `JWT ${readerToken}` },
      body,
    })
    expect(response.status).toBe(415)
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/JSON/) }] })
    const json = await api.post('/api/ratings', { json: JSON.parse(body), token: readerToken })
    expect(json.status).toBe(201)
  })

  it.each([
    ['POST', 'like'],
    ['DELETE', 'like'],
    ['POST', 'view'],
  ])('answers 415 to %s /{id}/%s with a text/plain body', async (method, action) => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const response = await fetch(`${server.url}/api/stories/${story.id}/${action}`, {
      method,
      headers: { 'content-type': 'text/plain', authorization: `JWT ${readerToken}` },
      body: '{}',
    })
    expect(response.status).toBe(415)
    const bare = await api.request(method, `/api/stories/${story.id}/${action}`, {
      token: readerToken,
    })
    expect(bare.status).toBe(200)
  })

  it('answers 415 to a review action sent as a form', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const token = await api.login(author.email, author.password)
    const article = await createArticle(ctx.payload, { author: author.user.id })
    const response = await fetch(`${server.url}/api/community-articles/${article.id}/review`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `JWT ${token}`,
      },
      body: 'action=submit',
    })
    expect(response.status).toBe(415)
  })
})
