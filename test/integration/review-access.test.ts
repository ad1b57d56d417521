import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { mailsSince, outboxMark, review, signUp, stored, type Member } from '../helpers/review'

const { ctx, api } = useTestApp()

let admin: Member
let editor: Member
let author: Member
let otherAuthor: Member
let reader: Member

beforeAll(async () => {
  admin = await signUp(ctx, api, 'admin')
  editor = await signUp(ctx, api, 'editor')
  author = await signUp(ctx, api, 'author')
  otherAuthor = await signUp(ctx, api, 'author')
  reader = await signUp(ctx, api, 'reader')
})

const articles = '/api/community-articles'
const ownArticle = (data: Record<string, unknown> = {}, publish = false) =>
  createArticle(ctx.payload, { author: author.user.id, ...data }, { publish })

const reviewMutation = `mutation ($collection: String!, $id: Int!, $action: String!, $note: String) {
  review(collection: $collection, id: $id, action: $action, note: $note) {
    from to reviewStatus published allowed
  }
}`

interface GraphQLReview {
  review: { from: string; to: string; reviewStatus: string; allowed: string[] } | null
}

describe('review over GraphQL', () => {
  it('takes actions through the same rules as REST', async () => {
    const { id } = await ownArticle()
    const mark = outboxMark()
    const submitted = await api.graphql<GraphQLReview>(
      reviewMutation,
      { collection: 'community-articles', id, action: 'submit' },
      author.token,
    )
    expect(submitted.body.errors).toBeUndefined()
    expect(submitted.body.data?.review).toMatchObject({ from: 'draft', to: 'in-review' })
    expect(mailsSince(mark, editor.email)).toHaveLength(1)

    const notAllowed = await api.graphql<GraphQLReview>(
      reviewMutation,
      { collection: 'community-articles', id, action: 'approve' },
      author.token,
    )
    expect(notAllowed.body.errors?.[0].extensions?.statusCode).toBe(403)
    const conflict = await api.graphql<GraphQLReview>(
      reviewMutation,
      { collection: 'community-articles', id, action: 'publish' },
      editor.token,
    )
    expect(conflict.body.errors?.[0].extensions?.statusCode).toBe(409)
    const anonymous = await api.graphql<GraphQLReview>(reviewMutation, {
      collection: 'community-articles',
      id,
      action: 'approve',
    })
    expect(anonymous.body.errors?.[0].extensions?.statusCode).toBe(401)

    const approved = await api.graphql<GraphQLReview>(
      reviewMutation,
      { collection: 'community-articles', id, action: 'approve' },
      editor.token,
    )
    expect(approved.body.data?.review).toMatchObject({ to: 'approved', allowed: ['publish'] })
    expect((await stored(ctx, 'community-articles', id)).events).toBe(2)
  })
})

describe("review over GraphQL in GraphQL's own spelling", () => {
  it('accepts community_articles and request_changes, like the REST spellings', async () => {
    const { id } = await ownArticle()
    const submitted = await api.graphql<GraphQLReview>(
      reviewMutation,
      { collection: 'community_articles', id, action: 'submit' },
      author.token,
    )
    expect(submitted.body.errors).toBeUndefined()
    expect(submitted.body.data?.review).toMatchObject({ from: 'draft', to: 'in-review' })
    const sentBack = await api.graphql<GraphQLReview>(
      reviewMutation,
      { collection: 'community_articles', id, action: 'request_changes', note: 'Add a diagram.' },
      editor.token,
    )
    expect(sentBack.body.errors).toBeUndefined()
    expect(sentBack.body.data?.review).toMatchObject({ to: 'changes-requested' })
    expect((await stored(ctx, 'community-articles', id)).events).toBe(2)
    const unknown = await api.graphql<GraphQLReview>(
      reviewMutation,
      { collection: 'community__articles', id, action: 'submit' },
      author.token,
    )
    expect(unknown.body.errors?.[0].extensions?.statusCode).toBe(404)
  })
})

describe('review requests that are refused', () => {
  it('answers 401, 400 and 404 for anonymous callers, bad input and invisible documents', async () => {
    const { id } = await ownArticle()
    const before = await stored(ctx, 'community-articles', id)
    const cases: [string | undefined, unknown, number, string?][] = [
      [undefined, { action: 'submit' }, 401],
      [author.token, { action: 'promote' }, 400],
      [author.token, { note: 'no action' }, 400],
      [author.token, [], 400],
      [author.token, { action: 'submit', note: 42 }, 400],
      [author.token, { action: 'submit', publishAt: '2030-01-01T00:00:00Z' }, 400],
      [editor.token, { action: 'publish', publishAt: 'next tuesday' }, 400],
      [editor.token, { action: 'publish', publishAt: 12 }, 400],
      [otherAuthor.token, { action: 'submit' }, 404],
      [reader.token, { action: 'submit' }, 404],
    ]
    for (const [token, json, status] of cases) {
      const response = await api.post<{ errors: { message: string }[] }>(
        `${articles}/${id}/review`,
        { token, json },
      )
      expect([JSON.stringify(json), response.status]).toEqual([JSON.stringify(json), status])
      expect(response.body.errors[0].message).toEqual(expect.any(String))
    }
    const notJSON = await api.request('POST', `${articles}/${id}/review`, {
      token: author.token,
      headers: { 'content-type': 'application/json' },
    })
    expect(notJSON.status).toBe(400)
    expect(
      (
        await api.post(`${articles}/abc/review`, {
          token: editor.token,
          json: { action: 'submit' },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await api.post(`${articles}/999999/review`, {
          token: editor.token,
          json: { action: 'submit' },
        })
      ).status,
    ).toBe(404)
    expect(await stored(ctx, 'community-articles', id)).toEqual(before)
  })

  it('answers 409 with the allowed actions when the table has no such transition', async () => {
    const { id } = await ownArticle()
    const response = await review(api, author.token, 'community-articles', id, {
      action: 'approve',
    })
    expect(response.status).toBe(409)
    expect(response.body.errors?.[0].data?.allowed).toEqual(['submit'])
  })
})

describe('reviewStatus and _status outside the workflow', () => {
  it('ignores reviewStatus in REST and GraphQL updates by editors and authors', async () => {
    const { id } = await ownArticle()
    await review(api, author.token, 'community-articles', id, { action: 'submit' })
    const rest = await api.patch(`${articles}/${id}`, {
      token: editor.token,
      json: { reviewStatus: 'approved' },
    })
    expect(rest.status).toBe(200)
    const graphQL = await api.graphql(
      `mutation ($id: Int!) { updateCommunityArticle(id: $id, data: { reviewStatus: approved }) { id } }`,
      { id },
      editor.token,
    )
    expect(graphQL.status).toBe(200)
    expect(graphQL.body.errors).toBeUndefined()
    const db = await stored(ctx, 'community-articles', id)
    expect(db.main.review_status).toBe('in-review')
    expect(db.latest.review_status).toBe('in-review')
    expect(db.events).toBe(1)
  })

  it('saves an author update asking to publish as a draft', async () => {
    const { id } = await ownArticle()
    const response = await api.patch(`${articles}/${id}`, {
      token: author.token,
      json: { title: 'Publish me', _status: 'published', reviewStatus: 'published' },
    })
    expect(response.status).toBe(200)
    const db = await stored(ctx, 'community-articles', id)
    expect(db.main).toMatchObject({ status: 'draft', review_status: 'draft' })
    expect(db.latest).toMatchObject({
      status: 'draft',
      review_status: 'draft',
      title: 'Publish me',
    })
    expect((await api.get(`${articles}/${id}`)).status).toBe(404)
  })

  it('lets an admin set reviewStatus by hand, keeping it in line with _status', async () => {
    const { id } = await ownArticle()
    await api.patch(`${articles}/${id}`, { token: admin.token, json: { reviewStatus: 'approved' } })
    expect((await stored(ctx, 'community-articles', id)).main.review_status).toBe('approved')
    await api.patch(`${articles}/${id}`, { token: admin.token, json: { _status: 'published' } })
    expect((await stored(ctx, 'community-articles', id)).main).toMatchObject({
      status: 'published',
      review_status: 'published',
    })
  })

  it('refuses a non-draft version restore by an author', async () => {
    const live = await ownArticle({ title: 'Version one' }, true)
    const [version] = await ctx.sql<{ id: number }>(
      `SELECT id FROM _community_articles_v WHERE parent_id = $1 ORDER BY id LIMIT 1`,
      [live.id],
    )
    await api.patch(`${articles}/${live.id}`, {
      token: author.token,
      json: { title: 'Version two' },
    })
    const restore = await api.post(`${articles}/versions/${version.id}`, { token: author.token })
    expect(restore.status).toBe(403)
    const asDraft = await api.post(`${articles}/versions/${version.id}?draft=true`, {
      token: author.token,
    })
    expect(asDraft.status).toBe(200)
    const db = await stored(ctx, 'community-articles', live.id)
    expect(db.main).toMatchObject({ status: 'published', review_status: 'published' })
    expect(db.latest).toMatchObject({
      status: 'draft',
      review_status: 'draft',
      title: 'Version one',
    })
  })
})

describe('review history visibility', () => {
  it('shows history to the owner and editors only: REST, GraphQL and the reviewHistory join', async () => {
    const { id } = await ownArticle({ title: 'Visible history' })
    await review(api, author.token, 'community-articles', id, { action: 'submit' })
    await review(api, editor.token, 'community-articles', id, { action: 'approve' })
    await review(api, editor.token, 'community-articles', id, { action: 'publish' })
    const where = `where[itemKey][equals]=community-articles:${id}`
    const count = async (token?: string) => {
      const response = await api.get<{ docs?: unknown[] }>(`/api/review-events?${where}`, { token })
      return response.status === 200 ? response.body.docs?.length : response.status
    }
    expect(await count(author.token)).toBe(3)
    expect(await count(editor.token)).toBe(3)
    expect(await count(otherAuthor.token)).toBe(0)
    expect(await count(reader.token)).toBe(0)
    expect(await count(undefined)).toBe(403)

    const query = `query ($key: String) { ReviewEvents(where: { itemKey: { equals: $key } }) { docs { action } } }`
    const viaGraphQL = async (token?: string) => {
      const response = await api.graphql<{ ReviewEvents: { docs: unknown[] } | null }>(
        query,
        { key: `community-articles:${id}` },
        token,
      )
      return response.body.data?.ReviewEvents?.docs.length ?? 0
    }
    expect(await viaGraphQL(author.token)).toBe(3)
    expect(await viaGraphQL(otherAuthor.token)).toBe(0)
    expect(await viaGraphQL(undefined)).toBe(0)

    const joined = async (token?: string) => {
      const response = await api.get<{ reviewHistory?: { docs: unknown[] } }>(`${articles}/${id}`, {
        token,
      })
      expect(response.status).toBe(200)
      return response.body.reviewHistory?.docs.length ?? 0
    }
    expect(await joined(author.token)).toBe(3)
    expect(await joined(editor.token)).toBe(3)
    expect(await joined(otherAuthor.token)).toBe(0)
    expect(await joined(undefined)).toBe(0)

    const joinedGraphQL = await api.graphql<{
      CommunityArticle: { reviewHistory: { docs: unknown[] } | null } | null
    }>(
      `query ($id: Int!) { CommunityArticle(id: $id) { reviewHistory { docs { action note } } } }`,
      { id },
      otherAuthor.token,
    )
    expect(joinedGraphQL.body.data?.CommunityArticle?.reviewHistory?.docs ?? []).toEqual([])
  })

  it('refuses every API write to review events', async () => {
    const created = await api.post('/api/review-events', {
      token: editor.token,
      json: {
        item: { relationTo: 'stories', value: 1 },
        action: 'approve',
        from: 'draft',
        to: 'approved',
        at: new Date().toISOString(),
        by: editor.user.id,
      },
    })
    expect(created.status).toBe(403)
  })
})
