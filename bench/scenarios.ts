import type { BenchRequest } from './equivalence'
import type { RequestSource } from './load'

/** What the scenarios need from the prepared database and the signed-in bench readers. */
export interface BenchSetup {
  tagSlug: string
  lessonSlug: string
  /** Published generated articles, the targets of likes and ratings. */
  articleIds: number[]
  /** `Authorization` header values of signed-in readers, rotated over requests. */
  authorizations: string[]
}

export const scenarioNames = [
  'list',
  'list-graphql',
  'tag-page',
  'lesson',
  'not-modified',
  'like',
  'rating',
] as const
export type ScenarioName = (typeof scenarioNames)[number]

/**
 * `read`: an anonymous read that the raw baseline answers too (compared for equivalence, then
 * loaded against it and the ceiling); `conditional`: a GET with the ETag of a first answer,
 * answered 304; `write`: a signed-in write, rotating readers and items.
 */
export interface Scenario {
  name: ScenarioName
  title: string
  kind: 'read' | 'conditional' | 'write'
  /**
   * A read at `limit` per page (reads whose size does not vary ignore it), or a write's rotating
   * source of requests.
   */
  request: (setup: BenchSetup, limit: number) => RequestSource
  /** A write's single request, for the equivalence probe. */
  write?: Write
  /** Whether the statement count is also taken at 10 per page, to show it is flat. */
  paged: boolean
  expectedStatus: number[]
}

const get = (path: string): BenchRequest => ({ method: 'GET', path })
const json = { 'content-type': 'application/json' }

/** One write by the reader with `authorization` on `articleId` (`index` varies the score). */
type Write = (authorization: string, articleId: number, index: number) => BenchRequest

/** The last two generated articles are kept out of the rotation for the equivalence probe. */
export const probeArticles = (setup: BenchSetup): [number, number] => [
  setup.articleIds[setup.articleIds.length - 1],
  setup.articleIds[setup.articleIds.length - 2],
]

/**
 * Request n of a write: reader n mod R, on the next article once every reader had a turn, so no
 * request repeats an earlier one (a repeated like changes nothing and would be cheaper).
 */
const rotating = (write: Write) => (setup: BenchSetup) => {
  const readers = setup.authorizations.length
  const articles = setup.articleIds.length - 2
  let index = 0
  return () => {
    const n = index++
    const articleId = setup.articleIds[Math.floor(n / readers) % articles]
    return write(setup.authorizations[n % readers], articleId, n)
  }
}

const like: Write = (authorization, articleId) => ({
  method: 'POST',
  path: `/api/community-articles/${articleId}/like`,
  headers: { authorization },
})

const rating: Write = (authorization, articleId, index) => ({
  method: 'POST',
  path: '/api/ratings',
  headers: { authorization, ...json },
  body: JSON.stringify({
    item: { relationTo: 'community-articles', value: articleId },
    score: 1 + (index % 5),
  }),
})

export const scenarios: Scenario[] = [
  {
    name: 'list',
    title: 'GET /api/community-articles?limit=20&depth=1',
    kind: 'read',
    request: (_setup, limit) => get(`/api/community-articles?limit=${limit}&depth=1`),
    paged: true,
    expectedStatus: [200],
  },
  {
    name: 'list-graphql',
    title: 'POST /api/graphql CommunityArticles(limit: 20)',
    kind: 'read',
    request: (_setup, limit) => ({
      method: 'POST',
      path: '/api/graphql',
      headers: json,
      body: JSON.stringify({
        query: `{ CommunityArticles(limit: ${limit}) { totalDocs docs { title slug views likes author { name } } } }`,
      }),
    }),
    paged: true,
    expectedStatus: [200],
  },
  {
    name: 'tag-page',
    title: 'GET /api/tags/<slug>/page',
    kind: 'read',
    request: ({ tagSlug }, limit) => get(`/api/tags/${tagSlug}/page?limit=${limit}`),
    paged: true,
    expectedStatus: [200],
  },
  {
    name: 'lesson',
    title: 'GET /api/lessons?where[slug][equals]=<premium lesson>',
    kind: 'read',
    request: ({ lessonSlug }) => get(`/api/lessons?where[slug][equals]=${lessonSlug}`),
    paged: false,
    expectedStatus: [200],
  },
  {
    name: 'not-modified',
    title: 'GET list with If-None-Match → 304',
    kind: 'conditional',
    request: (_setup, limit) => get(`/api/community-articles?limit=${limit}&depth=1`),
    paged: false,
    expectedStatus: [304],
  },
  {
    name: 'like',
    title: 'POST /api/community-articles/<id>/like (signed in)',
    kind: 'write',
    request: rotating(like),
    write: like,
    paged: false,
    expectedStatus: [200],
  },
  {
    name: 'rating',
    title: 'POST /api/ratings (signed in, create or replace)',
    kind: 'write',
    request: rotating(rating),
    write: rating,
    paged: false,
    expectedStatus: [200, 201],
  },
]

/** Signs each reader in once and returns their `Authorization` header values. */
export async function signIn(url: string, emails: string[], password: string): Promise<string[]> {
  const authorizations: string[] = []
  for (const email of emails) {
    const response = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password }),
    })
    const body = (await response.json()) as { token?: string }
    if (!response.ok || !body.token) throw new Error(`sign-in of ${email}: ${response.status}`)
    authorizations.push(`JWT ${body.token}`)
  }
  return authorizations
}
