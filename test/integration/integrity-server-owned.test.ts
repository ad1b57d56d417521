import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import type { ApiResponse } from '../helpers/http'
import { signUp, type Member } from '../helpers/review'
import { lexicalParagraphs } from '../../src/content/lexical'

const { ctx, api } = useTestApp()

/**
 * Server-owned fields (author, counters, rating aggregate, review status, `_status` for non-staff,
 * publishedAt, createdAt, updatedAt) are never taken from a client. The same forged values are sent
 * through every write path; the stored rows, read in SQL, must show the server's values.
 */

let owner: Member
let stranger: Member
let editor: Member
let admin: Member

const longAgo = '2001-02-03T04:05:06.000Z'
const forged = {
  author: 0, // replaced by the stranger's id in beforeAll
  views: 999,
  likes: 999,
  rating: { count: 9, sum: 45, average: 5 },
  reviewStatus: 'published',
  _status: 'published',
  publishedAt: longAgo,
  publishAt: longAgo,
  createdAt: longAgo,
  updatedAt: longAgo,
}

beforeAll(async () => {
  owner = await signUp(ctx, api, 'author')
  stranger = await signUp(ctx, api, 'author')
  editor = await signUp(ctx, api, 'editor')
  admin = await signUp(ctx, api, 'admin')
  forged.author = stranger.user.id
})

interface Row extends Record<string, unknown> {
  author: number | null
  views: number
  likes: number
  rating: string
  review_status: string
  status: string
  published_at: string | null
  publish_at: string | null
  created_at: string
  updated_at: string
}

const columns = (prefix: string) => `
  ${prefix}author_id AS author, ${prefix}views::int AS views, ${prefix}likes::int AS likes,
  concat_ws('/', ${prefix}rating_count, ${prefix}rating_sum, ${prefix}rating_average) AS rating,
  ${prefix}review_status AS review_status, ${prefix}_status AS status,
  ${prefix}published_at::text AS published_at, ${prefix}publish_at::text AS publish_at,
  ${prefix}created_at::text AS created_at, ${prefix}updated_at::text AS updated_at`

async function mainRow(id: number): Promise<Row> {
  const [row] = await ctx.sql<Row>(`SELECT ${columns('')} FROM community_articles WHERE id = $1`, [
    id,
  ])
  return row
}

async function latestVersion(id: number): Promise<Row> {
  const [row] = await ctx.sql<Row>(
    `SELECT ${columns('version_')} FROM _community_articles_v
     WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
    [id],
  )
  return row
}

const body = () => ({
  title: `Article ${randomBytes(3).toString('hex')}`,
  summary: 'An article.',
  content: lexicalParagraphs('Opening.', 'Body.'),
})

/**
 * A live article by `owner`: first saved as a draft (version 1, never published), then published
 * (publishedAt stamped), then viewed 7 times. Returns its id and the id of version 1.
 */
async function liveArticle() {
  const draft = await createArticle(ctx.payload, { author: owner.user.id })
  const [first] = await ctx.sql<{ id: number }>(
    'SELECT id FROM _community_articles_v WHERE parent_id = $1 ORDER BY id LIMIT 1',
    [draft.id],
  )
  await ctx.payload.update({
    collection: 'community-articles',
    id: draft.id,
    data: { _status: 'published' },
  })
  await ctx.sql('UPDATE community_articles SET views = 7 WHERE id = $1', [draft.id])
  return { id: draft.id, firstVersion: first.id }
}

const gql = (token: string, query: string, variables: Record<string, unknown>) =>
  api.graphql<Record<string, { id: number } | null>>(query, variables, token)

/** GraphQL enums spell `published` the same; the input type requires reviewStatus on create. */
const gqlForged = () => ({
  ...forged,
  ...body(),
  slug: `gql-${randomBytes(3).toString('hex')}`,
  kind: 'article',
  access: 'free',
})

interface Attempt {
  /** The document the attempt wrote (a new one for create and duplicate). */
  id: number
  response: ApiResponse
}

type Expectation = 'new' | 'kept'

interface PathCase {
  path: string
  expectation: Expectation
  /** Who the new document must belong to (create and duplicate). */
  expectedAuthor?: () => number
  /** Whether the main row must keep its publication state (non-admin writes). */
  keepsStatus?: boolean
  attempt: (live: { id: number; firstVersion: number }) => Promise<Attempt>
}

const gqlOk = (response: ApiResponse, field: string): number => {
  const payload = response.body as {
    data?: Record<string, { id: number } | null>
    errors?: unknown
  }
  expect(payload.errors).toBeUndefined()
  const doc = payload.data?.[field]
  expect(doc).toBeTruthy()
  return (doc as { id: number }).id
}

const restDoc = (response: ApiResponse): number => (response.body as { doc: { id: number } }).doc.id

const cases: PathCase[] = [
  {
    path: 'REST create (author)',
    expectation: 'new',
    expectedAuthor: () => owner.user.id,
    attempt: async () => {
      const response = await api.post('/api/community-articles', {
        token: owner.token,
        json: { ...forged, ...body() },
      })
      expect(response.status).toBe(201)
      return { id: restDoc(response), response }
    },
  },
  {
    path: 'REST create (editor, author given: staff may set it)',
    expectation: 'new',
    expectedAuthor: () => owner.user.id,
    attempt: async () => {
      const response = await api.post('/api/community-articles', {
        token: editor.token,
        json: { ...forged, ...body(), author: owner.user.id },
      })
      expect(response.status).toBe(201)
      return { id: restDoc(response), response }
    },
  },
  {
    path: 'REST update',
    expectation: 'kept',
    keepsStatus: true,
    attempt: async ({ id }) => {
      const response = await api.patch(`/api/community-articles/${id}`, {
        token: owner.token,
        json: { ...forged, title: 'Edited' },
      })
      expect(response.status).toBe(200)
      return { id, response }
    },
  },
  {
    path: 'REST update (editor)',
    expectation: 'kept',
    keepsStatus: true,
    attempt: async ({ id }) => {
      const rest: Record<string, unknown> = { ...forged }
      delete rest.author
      const response = await api.patch(`/api/community-articles/${id}?draft=true`, {
        token: editor.token,
        json: { ...rest, title: 'Edited by an editor' },
      })
      expect(response.status).toBe(200)
      return { id, response }
    },
  },
  {
    path: 'REST bulk update',
    expectation: 'kept',
    keepsStatus: true,
    attempt: async ({ id }) => {
      const response = await api.patch(`/api/community-articles?where[id][equals]=${id}`, {
        token: owner.token,
        json: { ...forged, title: 'Bulk edited' },
      })
      expect(response.status).toBe(200)
      expect((response.body as { errors: unknown[] }).errors).toEqual([])
      return { id, response }
    },
  },
  {
    path: 'REST duplicate',
    expectation: 'new',
    expectedAuthor: () => owner.user.id,
    attempt: async ({ id }) => {
      const response = await api.post(`/api/community-articles/${id}/duplicate`, {
        token: owner.token,
        json: { ...forged, slug: `copy-${randomBytes(3).toString('hex')}` },
      })
      expect(response.status).toBe(200)
      return { id: restDoc(response), response }
    },
  },
  {
    path: 'REST restore as draft (author)',
    expectation: 'kept',
    keepsStatus: true,
    attempt: async ({ id, firstVersion }) => {
      const response = await api.post(
        `/api/community-articles/versions/${firstVersion}?draft=true`,
        { token: owner.token, json: forged },
      )
      expect(response.status).toBe(200)
      return { id, response }
    },
  },
  {
    path: 'REST restore (admin, live)',
    expectation: 'kept',
    keepsStatus: false,
    attempt: async ({ id, firstVersion }) => {
      const response = await api.post(`/api/community-articles/versions/${firstVersion}`, {
        token: admin.token,
        json: forged,
      })
      expect(response.status).toBe(200)
      return { id, response }
    },
  },
  {
    path: 'GraphQL create',
    expectation: 'new',
    expectedAuthor: () => owner.user.id,
    attempt: async () => {
      const response = await gql(
        owner.token,
        `mutation ($data: mutationCommunityArticleInput!) {
          createCommunityArticle(data: $data) { id }
        }`,
        { data: gqlForged() },
      )
      return { id: gqlOk(response, 'createCommunityArticle'), response }
    },
  },
  {
    path: 'GraphQL update',
    expectation: 'kept',
    keepsStatus: true,
    attempt: async ({ id }) => {
      const data: Record<string, unknown> = gqlForged()
      delete data.kind
      delete data.access
      const response = await gql(
        owner.token,
        `mutation ($id: Int!, $data: mutationCommunityArticleUpdateInput!) {
          updateCommunityArticle(id: $id, data: $data) { id }
        }`,
        { id, data },
      )
      gqlOk(response, 'updateCommunityArticle')
      return { id, response }
    },
  },
  {
    path: 'GraphQL duplicate',
    expectation: 'new',
    expectedAuthor: () => owner.user.id,
    attempt: async ({ id }) => {
      const response = await gql(
        owner.token,
        `mutation ($id: Int!, $data: mutationCommunityArticleInput!) {
          duplicateCommunityArticle(id: $id, data: $data) { id }
        }`,
        { id, data: { ...gqlForged(), slug: `copy-${randomBytes(3).toString('hex')}` } },
      )
      return { id: gqlOk(response, 'duplicateCommunityArticle'), response }
    },
  },
  {
    path: 'GraphQL restore as draft',
    expectation: 'kept',
    keepsStatus: true,
    attempt: async ({ id, firstVersion }) => {
      const response = await gql(
        owner.token,
        `mutation ($id: Int) { restoreVersionCommunityArticle(id: $id, draft: true) { id } }`,
        { id: firstVersion },
      )
      gqlOk(response, 'restoreVersionCommunityArticle')
      return { id, response }
    },
  },
]

const recent = (value: string, since: number) => Date.parse(value) >= since - 1000

describe('server-owned fields on every write path', () => {
  it.each(cases.map((entry) => [entry.path, entry] as const))(
    '%s keeps or fills them',
    async (_path, entry) => {
      const live = await liveArticle()
      const before = await mainRow(live.id)
      expect(before.published_at).not.toBeNull()
      const startedAt = Date.now()
      const { id } = await entry.attempt(live)

      if (entry.expectation === 'new') {
        expect(id).not.toBe(live.id)
        for (const row of [await mainRow(id), await latestVersion(id)]) {
          expect({
            author: row.author,
            views: row.views,
            likes: row.likes,
            rating: row.rating,
            review_status: row.review_status,
            status: row.status,
            published_at: row.published_at,
            publish_at: row.publish_at,
          }).toEqual({
            author: entry.expectedAuthor?.(),
            views: 0,
            likes: 0,
            rating: '0/0/0',
            review_status: 'draft',
            status: 'draft',
            published_at: null,
            publish_at: null,
          })
          expect(recent(row.created_at, startedAt)).toBe(true)
          expect(recent(row.updated_at, startedAt)).toBe(true)
        }
        return
      }

      // An existing document: the main row keeps what the server owns, and so does the revision
      // (the latest version), which is what a later publish copies over the main row.
      const after = await mainRow(live.id)
      const owned = (row: Row) => ({
        author: row.author,
        views: row.views,
        likes: row.likes,
        rating: row.rating,
        published_at: row.published_at,
        publish_at: row.publish_at,
        created_at: row.created_at,
      })
      expect(owned(after)).toEqual(owned(before))
      expect(after.updated_at).not.toBe(longAgo.replace('T', ' '))
      expect(recent(after.updated_at, Date.parse(before.updated_at))).toBe(true)
      const revision = await latestVersion(live.id)
      expect(owned(revision)).toEqual(owned(before))
      if (entry.keepsStatus) {
        expect([after.status, after.review_status]).toEqual(['published', 'published'])
        expect([revision.status, revision.review_status]).toEqual(['draft', 'draft'])
      } else {
        // An admin's restore of a never-published version takes the document down; the review
        // status follows `_status`.
        expect([after.status, after.review_status]).toEqual(['draft', 'draft'])
      }
    },
  )

  it('a restored draft keeps its author through review and publishing', async () => {
    const live = await liveArticle()
    const restore = await api.post(
      `/api/community-articles/versions/${live.firstVersion}?draft=true`,
      { token: owner.token },
    )
    expect(restore.status).toBe(200)
    const steps: [Member, string][] = [
      [owner, 'submit'],
      [editor, 'approve'],
      [editor, 'publish'],
    ]
    for (const [member, action] of steps) {
      const response = await api.post(`/api/community-articles/${live.id}/review`, {
        token: member.token,
        json: { action },
      })
      expect([action, response.status]).toEqual([action, 200])
    }
    const row = await mainRow(live.id)
    expect(row.author).toBe(owner.user.id)
    expect(row.published_at).not.toBeNull()
    // Still the owner's: they may edit it again, and may not rate their own work.
    const edit = await api.patch(`/api/community-articles/${live.id}`, {
      token: owner.token,
      json: { title: 'Mine again' },
    })
    expect(edit.status).toBe(200)
    const rate = await api.post('/api/ratings', {
      token: owner.token,
      json: { item: { relationTo: 'community-articles', value: live.id }, score: 5 },
    })
    expect(rate.status).toBe(403)
  })

  // The same hook guards every content collection: an editor's create and update of each.
  const collections = [
    ['stories', 'stories', { track: undefined }],
    ['lessons', 'lessons', { track: 'core' }],
    ['question-bundles', 'question_bundles', { questions: [{ prompt: 'Why?', solution: 'So.' }] }],
  ] as const
  it.each(collections)(
    '%s: create and update by an editor keep them',
    async (slug, table, extra) => {
      const startedAt = Date.now()
      const { author: _ignored, ...editorForged } = forged
      void _ignored
      const created = await api.post<{ doc: { id: number } }>(`/api/${slug}`, {
        token: editor.token,
        json: { ...editorForged, ...body(), ...extra },
      })
      expect(created.status).toBe(201)
      const { id } = created.body.doc
      const select = (prefix: string, from: string, parent: string) =>
        `SELECT ${prefix}views::int AS views, ${prefix}likes::int AS likes,
        ${prefix}review_status AS review_status, ${prefix}_status AS status,
        ${prefix}published_at::text AS published_at, ${prefix}publish_at::text AS publish_at,
        ${prefix}created_at::text AS created_at
      FROM ${from} WHERE ${parent} = $1 ORDER BY id DESC LIMIT 1`
      const rows = async () => [
        ...(await ctx.sql<Row>(select('', table, 'id'), [id])),
        ...(await ctx.sql<Row>(select('version_', `_${table}_v`, 'parent_id'), [id])),
      ]
      const [main, version] = await rows()
      for (const row of [main, version]) {
        expect({ ...row, created_at: recent(row.created_at, startedAt) }).toEqual({
          views: 0,
          likes: 0,
          review_status: 'draft',
          status: 'draft',
          published_at: null,
          publish_at: null,
          created_at: true,
        })
      }
      await ctx.sql(`UPDATE ${table} SET views = 5 WHERE id = $1`, [id])
      const updated = await api.patch(`/api/${slug}/${id}`, {
        token: editor.token,
        json: { ...editorForged, title: 'Edited' },
      })
      expect(updated.status).toBe(200)
      const [mainAfter, versionAfter] = await rows()
      expect(mainAfter).toEqual({ ...main, views: 5 })
      expect(versionAfter).toEqual({ ...version, views: 5 })
    },
  )

  it('sign-up ignores client-sent timestamps and sessions', async () => {
    const startedAt = Date.now()
    const handle = `new${randomBytes(3).toString('hex')}`
    const response = await api.post('/api/users', {
      json: {
        email: `${handle}@example.test`,
        password: randomBytes(9).toString('base64url'),
        name: 'New',
        handle,
        createdAt: longAgo,
        updatedAt: longAgo,
        sessions: [{ id: 'chosen-by-client', createdAt: longAgo, expiresAt: '2999-01-01' }],
      },
    })
    expect(response.status).toBe(201)
    const sessions = await ctx.sql(
      'SELECT s.id FROM users_sessions s JOIN users u ON u.id = s._parent_id WHERE u.handle = $1',
      [handle],
    )
    expect(sessions).toEqual([])
    const [row] = await ctx.sql<{ created_at: string; updated_at: string }>(
      'SELECT created_at::text, updated_at::text FROM users WHERE handle = $1',
      [handle],
    )
    expect(recent(row.created_at, startedAt)).toBe(true)
    expect(recent(row.updated_at, startedAt)).toBe(true)
  })
})
