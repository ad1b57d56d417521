import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { signUp, type Member } from '../helpers/review'

const { ctx, api } = useTestApp()

/**
 * A caller may filter or sort only on fields it may read. Every row of the table is one query a
 * caller sends; the expected status is written here: 400 for a path the caller cannot read
 * (system fields such as sessions, hash or lockUntil for everyone; email, role and subscription
 * for anyone but admins on private account fields), 200 for the positive controls next to them.
 */

type Actor = 'anonymous' | 'reader' | 'author' | 'editor' | 'admin'

const members: Partial<Record<Actor, Member>> = {}

beforeAll(async () => {
  members.reader = await signUp(ctx, api, 'reader')
  members.author = await signUp(ctx, api, 'author')
  members.editor = await signUp(ctx, api, 'editor')
  members.admin = await signUp(ctx, api, 'admin')
  await createArticle(ctx.payload, { author: members.author.user.id }, { publish: true })
})

const all: Actor[] = ['anonymous', 'reader', 'author', 'editor', 'admin']
// Editors may not read an admin's private fields, so a filter over every account is admins' only.
const admins: Actor[] = ['admin']

interface Probe {
  /** Path and query string after /api/. */
  query: string
  /** Actors answered 200; everyone else in `all` is answered 400. */
  allowed: Actor[]
}

const where = (path: string, operator = 'exists', value = 'true') =>
  `where[${path}][${operator}]=${encodeURIComponent(value)}`

const probes: Probe[] = [
  // Auth system fields: nobody reads them over the API, so nobody filters or sorts on them.
  { query: `users?${where('sessions.id')}`, allowed: [] },
  { query: `users?${where('sessions.createdAt', 'greater_than', '2000-01-01')}`, allowed: [] },
  { query: `users?${where('sessions.expiresAt', 'greater_than', '2000-01-01')}`, allowed: [] },
  { query: `users?${where('hash')}`, allowed: [] },
  { query: `users?${where('salt')}`, allowed: [] },
  { query: `users?${where('resetPasswordToken')}`, allowed: [] },
  { query: `users?${where('resetPasswordExpiration')}`, allowed: [] },
  { query: `users?${where('loginAttempts', 'greater_than', '0')}`, allowed: [] },
  { query: `users?${where('lockUntil')}`, allowed: [] },
  { query: `users?sort=-sessions.createdAt`, allowed: [] },
  { query: `users?sort=lockUntil`, allowed: [] },
  { query: `users/count?${where('sessions.id')}`, allowed: [] },
  { query: `users?draft=true&${where('sessions.id')}`, allowed: [] },
  { query: `users?where[or][0][sessions.id][exists]=true`, allowed: [] },
  { query: `users?where[and][0][or][0][hash][exists]=true`, allowed: [] },
  // Private account fields: a filter reaches every account, admins' included, so only admins.
  { query: `users?${where('email', 'like', 'admin')}`, allowed: admins },
  { query: `users?${where('role', 'equals', 'admin')}`, allowed: admins },
  { query: `users?${where('subscription.tier', 'equals', 'premium')}`, allowed: admins },
  { query: `users?sort=email`, allowed: admins },
  { query: `users?sort=-role`, allowed: admins },
  // Positive controls: public profile fields.
  { query: `users?${where('name', 'like', 'Test')}`, allowed: all },
  { query: `users?${where('handle', 'like', 'a')}`, allowed: all },
  { query: `users?sort=-createdAt`, allowed: all },
  // Through a relationship, into another collection.
  { query: `community-articles?${where('author.sessions.id')}`, allowed: [] },
  { query: `community-articles?${where('author.hash')}`, allowed: [] },
  { query: `community-articles?${where('author.email', 'like', 'a')}`, allowed: admins },
  { query: `community-articles?${where('author.role', 'equals', 'admin')}`, allowed: admins },
  { query: `community-articles?sort=author.email`, allowed: admins },
  { query: `community-articles?${where('author.handle', 'like', 'a')}`, allowed: all },
  { query: `community-articles?${where('title', 'like', 'Article')}`, allowed: all },
  { query: `ratings?${where('user.email', 'like', 'a')}`, allowed: admins },
  { query: `ratings?${where('user.lockUntil')}`, allowed: [] },
  { query: `ratings?${where('user.name', 'like', 'a')}`, allowed: all },
  // Join queries name fields of the joined collection (review history rows and their users).
  { query: `community-articles?joins[reviewHistory][where][by.email][like]=a`, allowed: admins },
  { query: `community-articles?joins[reviewHistory][sort]=by.lockUntil`, allowed: [] },
  { query: `community-articles?joins[reviewHistory][where][by.handle][like]=a`, allowed: all },
]

/** Versions: readable by authors (their own) and staff; others are refused before any query. */
const versionProbes: Probe[] = [
  { query: `community-articles/versions?${where('version.author.sessions.id')}`, allowed: [] },
  {
    query: `community-articles/versions?${where('version.author.email', 'like', 'a')}`,
    allowed: admins,
  },
  { query: `community-articles/versions?sort=-version.author.lockUntil`, allowed: [] },
  { query: `community-articles/versions?${where('version.title', 'like', 'A')}`, allowed: all },
]

const token = (actor: Actor) => (actor === 'anonymous' ? undefined : members[actor]?.token)

const table = probes.flatMap((probe) =>
  all.map((actor) => [actor, probe.query, probe.allowed.includes(actor) ? 200 : 400] as const),
)

describe('filtering and sorting only on readable fields (REST)', () => {
  it.each(table)('%s GET /api/%s → %i', async (actor, query, expected) => {
    const response = await api.get<{ errors?: { message: string }[] }>(`/api/${query}`, {
      token: token(actor),
    })
    expect(response.status).toBe(expected)
    if (expected === 400) expect(response.body.errors?.[0]?.message).toEqual(expect.any(String))
  })

  const versionTable = versionProbes.flatMap((probe) =>
    (['author', 'editor', 'admin'] as const).map(
      (actor) => [actor, probe.query, probe.allowed.includes(actor) ? 200 : 400] as const,
    ),
  )
  it.each(versionTable)('%s GET /api/%s → %i', async (actor, query, expected) => {
    const response = await api.get(`/api/${query}`, { token: token(actor) })
    expect(response.status).toBe(expected)
  })
})

describe('filtering and sorting only on readable fields (GraphQL)', () => {
  const cases: [Actor, string, boolean][] = [
    ['anonymous', '{ Users(where: { email: { equals: "x@example.test" } }) { totalDocs } }', false],
    ['anonymous', '{ Users(where: { role: { equals: admin } }) { totalDocs } }', false],
    ['anonymous', '{ Users(sort: "email") { totalDocs } }', false],
    ['anonymous', '{ Users(sort: "-sessions.createdAt") { totalDocs } }', false],
    ['anonymous', '{ Users(where: { name: { like: "Test" } }) { totalDocs } }', true],
    ['editor', '{ Users(where: { email: { equals: "x@example.test" } }) { totalDocs } }', false],
    ['admin', '{ Users(where: { email: { equals: "x@example.test" } }) { totalDocs } }', true],
    ['editor', '{ Users(sort: "-sessions.createdAt") { totalDocs } }', false],
    [
      'anonymous',
      '{ CommunityArticles(where: { author: { equals: 1 } }, sort: "author.email") { totalDocs } }',
      false,
    ],
    ['anonymous', '{ CommunityArticles(sort: "-author.handle") { totalDocs } }', true],
  ]
  it.each(cases)('%s %s → allowed: %s', async (actor, query, allowed) => {
    const response = await api.graphql<Record<string, { totalDocs: number }>>(
      query,
      undefined,
      token(actor),
    )
    expect(response.status).toBe(200)
    if (allowed) {
      expect(response.body.errors).toBeUndefined()
      expect(Object.values(response.body.data ?? {})[0]?.totalDocs).toEqual(expect.any(Number))
    } else {
      expect(response.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    }
  })
})
