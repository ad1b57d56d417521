import { describe, expect, it } from '@jest/globals'
import type { RequestHandler } from 'express'
import { handleEndpoints } from 'payload'

import { createStory } from '../helpers/content'
import { storedCounters } from '../helpers/engagement'
import { useTestApp } from '../helpers/fixture'
import { rawRequest } from '../helpers/http'

/** Paths that reached the stand-in for the Next admin. */
const reachedNext: string[] = []
const standInForNext: RequestHandler = (req, res) => {
  reachedNext.push(req.originalUrl)
  res.status(200).send('next')
}

const { ctx, server } = useTestApp({ server: { nextHandler: standInForNext } })

const errorMessages = (body: string): string[] =>
  (JSON.parse(body) as { errors: { message: string }[] }).errors.map((error) => error.message)

describe('one way into Payload', () => {
  // Spellings of "/api/users" that routers resolve differently; each must stop at the host.
  const ambiguous = [
    '/admin/../api/users',
    '/admin/%2e%2e/api/users',
    '/admin/%2E%2E/api/users',
    '/admin/.%2e/api/users',
    '/_next/../api/users',
    '/admin/./../api/users',
    '//api/users',
    '/admin//api/users',
    '/admin%2f..%2fapi/users',
    '/admin\\..\\api\\users',
    '/admin/%5c..%5capi/users',
    '/api/users/%2e%2e/stories',
    '/api/%ff',
    '/api/users%00',
    '/admin/%00',
  ]

  it.each(ambiguous)(
    'answers %s with 400 before routing; neither Next nor Payload sees it',
    async (target) => {
      reachedNext.length = 0
      const response = await rawRequest(server.url, 'GET', target)
      expect(response.status).toBe(400)
      expect(errorMessages(response.body)).toHaveLength(1)
      expect(response.body).not.toContain('"docs"')
      expect(reachedNext).toEqual([])
    },
  )

  it('also refuses a POST through a dot segment (a login attempt) with 400', async () => {
    const response = await rawRequest(server.url, 'POST', '/admin/../api/users/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.test', password: 'x' }),
    })
    expect(response.status).toBe(400)
  })

  it("passes the admin, the site's pages and their assets to Next, and nothing else", async () => {
    reachedNext.length = 0
    const forNext = [
      '/admin',
      '/admin/collections/stories',
      '/_next/static/chunk.js',
      '/',
      '/tags/caching',
    ]
    for (const target of forNext) {
      expect((await rawRequest(server.url, 'GET', target)).status).toBe(200)
    }
    expect(reachedNext).toEqual(forNext)
    reachedNext.length = 0
    const notForNext = ['/api-docs', '/nope', '/adminx', '/tags/a/b', '/ADMIN/../api/users/me']
    for (const target of notForNext) {
      const response = await rawRequest(server.url, 'GET', target)
      expect(response.status).toBe(target.includes('..') ? 400 : 404)
      expect(errorMessages(response.body)).toHaveLength(1)
    }
    expect(reachedNext).toEqual([])
  })

  it('answers unknown API routes with 404 in the error shape', async () => {
    for (const target of ['/api/nope', '/api/stories/1/nope', '/api/graphql-playground']) {
      const response = await rawRequest(server.url, 'GET', target)
      expect(response.status).toBe(404)
      expect(errorMessages(response.body)).toHaveLength(1)
    }
  })

  it('serves the plain spelling (positive control)', async () => {
    const response = await rawRequest(server.url, 'GET', '/api/users/me')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual(expect.objectContaining({ user: null }))
  })
})

describe('request ids', () => {
  const idOf = (headers: string) => /^x-request-id: (.+)$/im.exec(headers)?.[1]?.trim()

  it('are on every answer: served, refused by the gate, unknown, and refused by the parser', async () => {
    const answers = await Promise.all([
      rawRequest(server.url, 'GET', '/api/stories?limit=1'),
      rawRequest(server.url, 'GET', '/admin/../api/users'),
      rawRequest(server.url, 'GET', '/api/no-such-route'),
      rawRequest(server.url, 'GET', '/api/stories', { headers: { 'bad header': 'x' } }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 404, 400])
    const ids = answers.map((answer) => idOf(answer.headers))
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("keep a caller's plain-token id and replace anything else", async () => {
    const kept = await rawRequest(server.url, 'GET', '/api/health', {
      headers: { 'x-request-id': 'edge-7f3a.91:b' },
    })
    expect(idOf(kept.headers)).toBe('edge-7f3a.91:b')
    const replaced = await rawRequest(server.url, 'GET', '/api/health', {
      headers: { 'x-request-id': 'short' },
    })
    expect(idOf(replaced.headers)).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('the client address', () => {
  it('cannot be chosen by a header, whatever handler Payload is reached through', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    // Payload's own REST handler, as a Next route would call it: no host in front.
    const results: boolean[] = []
    for (const spoofed of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      const response = await handleEndpoints({
        config: ctx.config,
        request: new Request(`http://localhost/api/stories/${story.id}/view`, {
          method: 'POST',
          headers: { 'x-casebook-client-address': spoofed },
        }),
      })
      expect(response.status).toBe(200)
      results.push(((await response.json()) as { counted: boolean }).counted)
    }
    expect(results).toEqual([true, false, false])
    expect((await storedCounters(ctx, 'stories', story.id)).views).toBe(1)
  })

  it('cannot be chosen by a header sent to the host either', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const counted: boolean[] = []
    for (const spoofed of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      const response = await rawRequest(server.url, 'POST', `/api/stories/${story.id}/view`, {
        headers: { 'x-casebook-client-address': spoofed, 'x-casebook-client-ip': spoofed },
      })
      expect(response.status).toBe(200)
      counted.push((JSON.parse(response.body) as { counted: boolean }).counted)
    }
    expect(counted).toEqual([true, false, false])
    expect((await storedCounters(ctx, 'stories', story.id)).views).toBe(1)
  })
})
