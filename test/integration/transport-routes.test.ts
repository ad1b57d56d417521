import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Endpoint } from 'payload'

import { isNextPath } from '../../src/http/app'
import { checkResponse } from '../helpers/fuzz'
import { rawRequest } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'

let ctx: TestPayload
let server: TestServer

beforeAll(async () => {
  ctx = await startTestPayload()
  server = await startTestServer(ctx.config, {
    nextHandler: (_req, res) => {
      res.status(200).send('next')
    },
  })
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

interface Route {
  method: string
  path: string
}

/** Every route Payload's handlers serve behind /api: root, per-collection and GraphQL. */
function apiRoutes(): Route[] {
  const of = (prefix: string, endpoints: false | Omit<Endpoint, 'root'>[] | undefined) =>
    (endpoints || []).map((endpoint) => ({
      method: endpoint.method.toUpperCase(),
      path: `/api${prefix}${endpoint.path === '/' ? '' : endpoint.path}`,
    }))
  return [
    ...of('', ctx.config.endpoints),
    ...ctx.config.collections.flatMap((collection) =>
      of(`/${collection.slug}`, collection.endpoints),
    ),
    ...ctx.config.globals.flatMap((global) => of(`/globals/${global.slug}`, global.endpoints)),
    { method: 'POST', path: '/api/graphql' },
  ]
}

/** Files of the Next app: what Next would serve besides the host's own routes. */
async function nextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? nextFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    ),
  )
  return nested.flat()
}

const withParams = (route: string, value: string) =>
  route.replace(/:[a-zA-Z]+\??/g, value).replace(/\/$/, '') || '/'

describe('every route the app exposes', () => {
  it('Next serves no API: the app directory has pages (admin and site) and no route handlers', async () => {
    const appDir = path.resolve('src/app')
    const files = (await nextFiles(appDir)).map((file) => path.relative(appDir, file))
    expect(files.filter((file) => /(^|\/)route\.[jt]sx?$/.test(file))).toEqual([])
    const pages = files.filter((file) => /(^|\/)page\.[jt]sx?$/.test(file))
    expect(pages.length).toBeGreaterThan(0)
    for (const page of pages) {
      // Route groups "(name)" are not part of the URL.
      const url = `/${page
        .split('/')
        .filter((part) => !/^\(.*\)$/.test(part))
        .slice(0, -1)
        .join('/')}`
      expect(isNextPath(url.replace(/\[+[^\]]*\]+/g, 'x'))).toBe(true)
    }
  })

  it('the probes below cover every Payload route (more than 150 method+path pairs)', () => {
    const routes = apiRoutes()
    expect(routes.length).toBeGreaterThan(150)
    expect(routes).toEqual(
      expect.arrayContaining([
        { method: 'GET', path: '/api/stories/:id' },
        { method: 'POST', path: '/api/users/login' },
        { method: 'POST', path: '/api/stories/:id/view' },
        { method: 'GET', path: '/api/tags/:slug/page' },
      ]),
    )
  })

  it('answers each route, reached through a dot segment or an encoded slash, with 400', async () => {
    for (const route of apiRoutes()) {
      const target = withParams(route.path, '1')
      for (const spelling of [
        `/admin/..${target}`,
        `/admin/%2e%2e${target}`,
        target.replace(/\/(?=[^/]*$)/, '%2f'),
      ]) {
        const response = await rawRequest(server.url, route.method, spelling)
        if (response.status !== 400)
          throw new Error(`${route.method} ${spelling}: ${response.status}`)
        checkResponse(response.status, response.body, `${route.method} ${spelling}`)
      }
    }
  })

  it('answers each route with bad parameters and bad bytes without a 5xx, in the error shape', async () => {
    for (const route of apiRoutes()) {
      for (const value of ['abc', '99999999999999999999', '1.5', '%ff', '%00']) {
        const target = `${withParams(route.path, value)}?where[id][equals]=${value}&page=${value}`
        const response = await rawRequest(server.url, route.method, target, {
          headers: { 'content-type': 'application/json' },
          body: route.method === 'GET' ? undefined : '{"title":"a\\u0000"}',
        })
        checkResponse(response.status, response.body, `${route.method} ${target}`)
      }
    }
  })

  it('refuses each unsafe route with a session cookie from another site with 403', async () => {
    const unsafe = apiRoutes().filter((route) => route.method !== 'GET')
    expect(unsafe.length).toBeGreaterThan(50)
    for (const route of unsafe) {
      const target = withParams(route.path, '1')
      const response = await rawRequest(server.url, route.method, target, {
        headers: {
          cookie: 'payload-token=x',
          origin: 'https://evil.example',
          'content-type': 'application/json',
        },
        body: '{}',
      })
      if (response.status !== 403) throw new Error(`${route.method} ${target}: ${response.status}`)
    }
  })
})

describe('what reaches Next', () => {
  it.each(['/', '/signup', '/stories/a-story', '/tags/reliability', '/lessons/caching', '/admin'])(
    'GET %s is served by Next',
    async (target) => {
      const response = await rawRequest(server.url, 'GET', target)
      expect(response.status).toBe(200)
      expect(response.body).toBe('next')
    },
  )

  it.each(['/stories', '/stories/a/b', '/tags', '/lessons/a/b', '/signup/x', '/api'])(
    'GET %s is not a page: the host answers 404',
    async (target) => {
      const response = await rawRequest(server.url, 'GET', target)
      expect(response.status).toBe(404)
      expect(response.body).not.toBe('next')
    },
  )

  it('the API keeps its paths: /api/stories answers JSON from Payload, not Next', async () => {
    const response = await rawRequest(server.url, 'GET', '/api/stories?limit=1')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toHaveProperty('docs')
  })
})

describe('the error shape on routes nobody serves', () => {
  it.each([
    ['GET', '/api/no-such-collection'],
    ['GET', '/api/stories/1/no-such-action'],
    ['GET', '/no-such-page'],
    ['GET', '/api/graphql'],
    ['PUT', '/api/stories'],
    ['DELETE', '/api/users/login'],
    ['PATCH', '/api/graphql'],
  ])('%s %s answers 4xx with { errors: [{ message }] }', async (method, target) => {
    const response = await rawRequest(server.url, method, target, {
      headers: { 'content-type': 'application/json' },
      body: method === 'GET' ? undefined : '{}',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(JSON.parse(response.body)).toEqual({ errors: [{ message: expect.any(String) }] })
  })
})
