import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import {
  createArticle,
  createBundle,
  createLesson,
  createStory,
  createTag,
} from '../helpers/content'
import {
  checkResponse,
  fuzzCases,
  fuzzSeed,
  jsonBody,
  listQuery,
  nastyText,
  oddHeaders,
  pathId,
  rawBody,
  rowCounts,
  runs,
  encodeLoosely,
} from '../helpers/fuzz'
import { useTestApp } from '../helpers/fixture'
import { apiClient, rawRequest } from '../helpers/http'
import { createTestUser } from '../helpers/users'

const { ctx, server } = useTestApp()

let readerToken: string

/** Every collection the API serves, Payload's own included. */
const collections = [
  'users',
  'media',
  'tags',
  'stories',
  'lessons',
  'community-articles',
  'question-bundles',
  'ratings',
  'likes',
  'review-events',
  'payload-locked-documents',
  'payload-preferences',
  'payload-jobs',
  'payload-kv',
]
const content = ['stories', 'lessons', 'community-articles', 'question-bundles']

beforeAll(async () => {
  const reader = await createTestUser(ctx.payload, 'reader')
  readerToken = await apiClient(server.url).login(reader.email, reader.password)
  const tag = await createTag(ctx.payload)
  await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
  await createLesson(ctx.payload, {}, { publish: true })
  await createArticle(ctx.payload, {}, { publish: true })
  await createBundle(ctx.payload)
})

afterAll(async () => {
  console.info(`REST fuzz: ${fuzzCases.count} cases, seed ${fuzzSeed}`)
})

interface Case {
  method: string
  target: string
  body?: { type: string; text: string }
  headers: Record<string, string>
  asReader: boolean
}

const unsafe = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method)

async function run(c: Case): Promise<void> {
  fuzzCases.count += 1
  const headers: Record<string, string> = { ...c.headers }
  if (c.asReader) headers.authorization = `JWT ${readerToken}`
  if (c.body?.type) headers['content-type'] = c.body.type
  const before = unsafe(c.method) ? await rowCounts(ctx) : null
  const response = await rawRequest(server.url, c.method, c.target, { headers, body: c.body?.text })
  const what = `${c.asReader ? 'reader' : 'anonymous'} ${c.method} ${c.target}`
  checkResponse(response.status, response.body, what)
  if (before && response.status >= 400) expect(await rowCounts(ctx)).toEqual(before)
}

// Only headers that keep the request well-formed; an odd Authorization replaces the reader's.
const caseOf = (
  method: fc.Arbitrary<string>,
  target: fc.Arbitrary<string>,
  body: fc.Arbitrary<{ type: string; text: string } | undefined> = fc.constant(undefined),
) =>
  fc.record({
    method,
    target,
    body,
    headers: oddHeaders.map((headers) =>
      Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'authorization')),
    ),
    asReader: fc.boolean(),
  })

const collection = fc.constantFrom(...collections)
const jsonText = jsonBody.map((value) => ({
  type: 'application/json',
  text: JSON.stringify(value),
}))
const anyBody = fc.oneof(jsonText, rawBody)

// [family, arbitrary of cases, base number of runs]
const families: [string, fc.Arbitrary<Case>, number][] = [
  [
    'list (find) with malformed where/sort/paging',
    caseOf(
      fc.constant('GET'),
      fc.tuple(collection, listQuery).map(([slug, query]) => `/api/${slug}?${query}`),
    ),
    120,
  ],
  [
    'count and versions lists',
    caseOf(
      fc.constant('GET'),
      fc
        .tuple(collection, fc.constantFrom('count', 'versions'), listQuery)
        .map(([slug, what, query]) => `/api/${slug}/${what}?${query}`),
    ),
    50,
  ],
  [
    'find by id, version by id, doc access',
    caseOf(
      fc.constant('GET'),
      fc
        .tuple(collection, fc.constantFrom('', 'versions/', 'access/'), fc.constant(null))
        .chain(([slug, prefix]) =>
          fc.tuple(pathId, listQuery).map(([id, query]) => `/api/${slug}/${prefix}${id}?${query}`),
        ),
    ),
    80,
  ],
  [
    'create',
    caseOf(
      fc.constant('POST'),
      collection.map((slug) => `/api/${slug}`),
      anyBody,
    ),
    80,
  ],
  [
    'update and delete by id, restore, duplicate',
    fc
      .tuple(
        fc.constantFrom('PATCH', 'PUT', 'DELETE', 'POST'),
        collection,
        pathId,
        fc.constantFrom('', '/duplicate'),
      )
      .chain(([method, slug, id, suffix]) =>
        caseOf(
          fc.constant(method),
          fc.constant(
            method === 'POST' && suffix === ''
              ? `/api/${slug}/versions/${id}`
              : `/api/${slug}/${id}${method === 'POST' ? suffix : ''}`,
          ),
          anyBody,
        ),
      ),
    100,
  ],
  [
    'bulk update and delete by where',
    caseOf(
      fc.constantFrom('PATCH', 'DELETE'),
      fc.tuple(collection, listQuery).map(([slug, query]) => `/api/${slug}?${query}`),
      anyBody,
    ),
    60,
  ],
  [
    'custom endpoints: like, view, review, ratings, tag page',
    fc.oneof(
      caseOf(
        fc.constantFrom('POST', 'DELETE', 'GET'),
        fc
          .tuple(fc.constantFrom(...content), pathId, fc.constantFrom('like', 'view', 'review'))
          .map(([slug, id, action]) => `/api/${slug}/${id}/${action}`),
        fc.option(anyBody, { nil: undefined }),
      ),
      caseOf(fc.constant('POST'), fc.constant('/api/ratings'), anyBody),
      caseOf(
        fc.constant('DELETE'),
        pathId.map((id) => `/api/ratings/${id}`),
      ),
      caseOf(
        fc.constant('GET'),
        fc
          .tuple(nastyText, nastyText, nastyText, nastyText)
          .map(
            ([slug, limit, section, page]) =>
              `/api/tags/${encodeLoosely(slug) || 'x'}/page?limit=${encodeLoosely(limit)}&section=${encodeLoosely(section)}&page=${encodeLoosely(page)}`,
          ),
      ),
    ),
    100,
  ],
  [
    'auth routes: login, me, logout, refresh, forgot/reset password, unlock, verify, access',
    caseOf(
      fc.constantFrom('POST', 'GET'),
      fc
        .tuple(
          fc.constantFrom(
            'users/login',
            'users/me',
            'users/logout',
            'users/refresh-token',
            'users/forgot-password',
            'users/reset-password',
            'users/unlock',
            'users/verify/',
            'users/init',
            'users/first-register',
            'access',
          ),
          nastyText,
        )
        .map(
          ([route, tail]) =>
            `/api/${route}${route.endsWith('/') ? encodeLoosely(tail) || 'x' : ''}`,
        ),
      anyBody,
    ),
    80,
  ],
]

describe('REST fuzz: no 5xx, no stack trace, the error shape, no rows changed by refusals', () => {
  it.each(families)('%s', async (_family, cases, base) => {
    await fc.assert(fc.asyncProperty(cases, run), { seed: fuzzSeed, numRuns: runs(base) })
  })
})
