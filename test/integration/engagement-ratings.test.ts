import { describe, expect, it } from '@jest/globals'

import { createArticle, createBundle, createStory } from '../helpers/content'
import { createCrowd, rowCount, storedCounters, versionRows } from '../helpers/engagement'
import { useTestApp } from '../helpers/fixture'
import { createTestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

interface RatingBody {
  message: string
  doc: { id: number; user: number; item: { relationTo: string; value: number }; score: number }
  aggregate: { count: number; sum: number; average: number } | null
  errors?: { message: string }[]
}

const rateArticle = (token: string | undefined, id: number, score: unknown, extra = {}) =>
  api.post<RatingBody>('/api/ratings', {
    token,
    json: { item: { relationTo: 'community-articles', value: id }, score, ...extra },
  })

describe('ratings', () => {
  it('creates a rating and answers with the new aggregate', async () => {
    const article = await createArticle(ctx.payload, {}, { publish: true })
    const [reader] = await createCrowd(ctx, 1)

    const created = await rateArticle(reader.token, article.id, 4, { comment: 'Clear.' })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({
      user: reader.id,
      item: { relationTo: 'community-articles', value: article.id },
      score: 4,
      comment: 'Clear.',
    })
    expect(created.body.aggregate).toEqual({ count: 1, sum: 4, average: 4 })
    expect((await storedCounters(ctx, 'community-articles', article.id)).rating).toEqual({
      count: 1,
      sum: 4,
      average: 4,
    })
    const [rel] = await ctx.sql('SELECT path, community_articles_id FROM ratings_rels')
    expect(rel).toEqual({ path: 'item', community_articles_id: article.id })
  })

  it('replaces the caller’s rating instead of adding one', async () => {
    const bundle = await createBundle(ctx.payload, {}, { publish: true })
    const [reader] = await createCrowd(ctx, 1)
    const item = { relationTo: 'question-bundles', value: bundle.id }
    const first = await api.post<RatingBody>('/api/ratings', {
      token: reader.token,
      json: { item, score: 2 },
    })
    const second = await api.post<RatingBody>('/api/ratings', {
      token: reader.token,
      json: { item, score: 5 },
    })
    expect(second.status).toBe(200)
    expect(second.body.doc.id).toBe(first.body.doc.id)
    expect(second.body.aggregate).toEqual({ count: 1, sum: 5, average: 5 })
    expect(await rowCount(ctx, 'ratings', 'question-bundles', bundle.id)).toBe(1)
  })

  it('keeps one row and count 1 when one user posts 50 ratings at once', async () => {
    const article = await createArticle(ctx.payload, {}, { publish: true })
    const [reader] = await createCrowd(ctx, 1)
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => rateArticle(reader.token, article.id, (i % 5) + 1)),
    )
    expect(responses.filter((r) => r.status !== 200 && r.status !== 201)).toEqual([])
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1)

    const rows = await ctx.sql<{ score: string }>('SELECT score FROM ratings WHERE item_key = $1', [
      `community-articles:${article.id}`,
    ])
    expect(rows).toHaveLength(1)
    const { rating } = await storedCounters(ctx, 'community-articles', article.id)
    expect(rating).toEqual({ count: 1, sum: Number(rows[0].score), average: Number(rows[0].score) })
  })

  it('averages 200 concurrent raters exactly as SQL AVG does, without versions', async () => {
    const article = await createArticle(ctx.payload, {}, { publish: true })
    const crowd = await createCrowd(ctx, 200)
    const versionsBefore = await versionRows(ctx)
    const { updatedAt } = await storedCounters(ctx, 'community-articles', article.id)

    const responses = await Promise.all(
      crowd.map(({ token }, i) => rateArticle(token, article.id, ((i * 7) % 5) + 1)),
    )
    expect(responses.every((r) => r.status === 201)).toBe(true)

    const [truth] = await ctx.sql<{ n: number; total: string; mean: string }>(
      `SELECT count(*)::int AS n, sum(score) AS total, avg(score) AS mean
       FROM ratings WHERE item_key = $1`,
      [`community-articles:${article.id}`],
    )
    const stored = await storedCounters(ctx, 'community-articles', article.id)
    expect(truth.n).toBe(200)
    expect(stored.rating?.count).toBe(200)
    expect(stored.rating?.sum).toBe(Number(truth.total))
    expect(Math.abs((stored.rating?.average ?? 0) - Number(truth.mean))).toBeLessThan(1e-9)
    expect(stored.updatedAt).toBe(updatedAt)
    expect(await versionRows(ctx)).toBe(versionsBefore)
  })

  it('removes a rating for its owner or staff only, recomputing the aggregate', async () => {
    const article = await createArticle(ctx.payload, {}, { publish: true })
    const [owner, other, stayer] = await createCrowd(ctx, 3)
    const editor = await createTestUser(ctx.payload, 'editor')
    const editorToken = await api.login(editor.email, editor.password)
    const mine = await rateArticle(owner.token, article.id, 1)
    const theirs = await rateArticle(stayer.token, article.id, 5)
    await rateArticle(other.token, article.id, 3)

    expect((await api.delete(`/api/ratings/${mine.body.doc.id}`)).status).toBe(401)
    expect(
      (await api.delete(`/api/ratings/${mine.body.doc.id}`, { token: other.token })).status,
    ).toBe(403)
    const removed = await api.delete<RatingBody>(`/api/ratings/${mine.body.doc.id}`, {
      token: owner.token,
    })
    expect(removed.status).toBe(200)
    expect(removed.body.aggregate).toEqual({ count: 2, sum: 8, average: 4 })
    expect(
      (await api.delete(`/api/ratings/${mine.body.doc.id}`, { token: owner.token })).status,
    ).toBe(404)
    const byStaff = await api.delete<RatingBody>(`/api/ratings/${theirs.body.doc.id}`, {
      token: editorToken,
    })
    expect(byStaff.body.aggregate).toEqual({ count: 1, sum: 3, average: 3 })
    expect((await storedCounters(ctx, 'community-articles', article.id)).rating).toEqual({
      count: 1,
      sum: 3,
      average: 3,
    })
  })

  describe('refuses bad requests and changes nothing', () => {
    it('answers 4xx for bad scores, items, unpublished and own documents', async () => {
      const author = await createTestUser(ctx.payload, 'author')
      const authorToken = await api.login(author.email, author.password)
      const article = await createArticle(
        ctx.payload,
        { author: author.user.id },
        { publish: true },
      )
      const draft = await createArticle(ctx.payload)
      const story = await createStory(ctx.payload, {}, { publish: true })
      const [reader] = await createCrowd(ctx, 1)
      const before = await storedCounters(ctx, 'community-articles', article.id)
      // Only the rows these callers could have written: other tests' ratings are theirs.
      const callers = [reader.id, author.user.id]
      const ratingsOfCallers = () =>
        ctx.sql<{ n: number }>('SELECT count(*)::int AS n FROM ratings WHERE user_id = ANY($1)', [
          callers,
        ])
      const [{ n: ratingsBefore }] = await ratingsOfCallers()
      const item = { relationTo: 'community-articles', value: article.id }
      const post = (json: unknown, token: string | null = reader.token) =>
        api.post('/api/ratings', { token: token ?? undefined, json })

      const cases: [string, Promise<{ status: number }>, number][] = [
        ['anonymous', post({ item, score: 3 }, null), 401],
        ['score 0', post({ item, score: 0 }), 400],
        ['score 6', post({ item, score: 6 }), 400],
        ['score 2.5', post({ item, score: 2.5 }), 400],
        ["score '5'", post({ item, score: '5' }), 400],
        ['no score', post({ item }), 400],
        ['missing item', post({ score: 3 }), 400],
        ['item as an id', post({ item: article.id, score: 3 }), 400],
        ['unknown collection', post({ item: { relationTo: 'nope', value: 1 }, score: 3 }), 400],
        ['not rateable', post({ item: { relationTo: 'stories', value: story.id }, score: 3 }), 400],
        ['bad id', post({ item: { relationTo: 'community-articles', value: -1 }, score: 3 }), 400],
        [
          'unknown item',
          post({ item: { relationTo: 'community-articles', value: 999999 }, score: 3 }),
          404,
        ],
        [
          'unpublished item',
          post({ item: { relationTo: 'community-articles', value: draft.id }, score: 3 }),
          404,
        ],
        ['own item', post({ item, score: 5 }, authorToken), 403],
        ['comment not text', post({ item, score: 3, comment: 42 }), 400],
        ['array body', post([item]), 400],
      ]
      const statuses = await Promise.all(cases.map(async ([, response]) => (await response).status))
      expect(Object.fromEntries(cases.map(([name], i) => [name, statuses[i]]))).toEqual(
        Object.fromEntries(cases.map(([name, , status]) => [name, status])),
      )
      const invalidJson = await api.request('POST', '/api/ratings', {
        token: reader.token,
        headers: { 'content-type': 'application/json' },
      })
      expect(invalidJson.status).toBe(400)

      expect(await storedCounters(ctx, 'community-articles', article.id)).toEqual(before)
      expect(await ratingsOfCallers()).toEqual([{ n: ratingsBefore }])
    })

    it("refuses Payload's own create and update of ratings over REST and GraphQL", async () => {
      const article = await createArticle(ctx.payload, {}, { publish: true })
      const [reader] = await createCrowd(ctx, 1)
      const created = await rateArticle(reader.token, article.id, 2)

      const patched = await api.patch(`/api/ratings/${created.body.doc.id}`, {
        token: reader.token,
        json: { score: 5 },
      })
      expect(patched.status).toBe(403)
      const update = await api.graphql(
        `mutation { updateRating(id: ${created.body.doc.id}, data: { score: 5 }) { id } }`,
        {},
        reader.token,
      )
      expect(update.body.errors?.[0]?.message).toMatch(/not allowed/i)
      const create = await api.graphql(
        `mutation { createRating(data: { item: { relationTo: community_articles, value: ${article.id} }, score: 1, user: ${reader.id} }) { id } }`,
        {},
        reader.token,
      )
      expect(create.body.errors?.[0]?.message).toMatch(/not allowed/i)

      expect(
        await ctx.sql('SELECT score::int FROM ratings WHERE item_key = $1', [
          `community-articles:${article.id}`,
        ]),
      ).toEqual([{ score: 2 }])
      expect((await storedCounters(ctx, 'community-articles', article.id)).rating?.sum).toBe(2)
    })
  })

  it('keeps the aggregate exact when ratings are written through the Local API', async () => {
    const bundle = await createBundle(ctx.payload, {}, { publish: true })
    const crowd = await createCrowd(ctx, 3)
    const item = { relationTo: 'question-bundles' as const, value: bundle.id }
    const ratings = await Promise.all(
      crowd.map(({ id }, i) =>
        ctx.payload.create({
          collection: 'ratings',
          data: { user: id, item, score: i + 3 },
          depth: 0,
        }),
      ),
    )
    expect((await storedCounters(ctx, 'question-bundles', bundle.id)).rating).toEqual({
      count: 3,
      sum: 12,
      average: 4,
    })
    await ctx.payload.update({ collection: 'ratings', id: ratings[0].id, data: { score: 1 } })
    await ctx.payload.delete({ collection: 'ratings', id: ratings[2].id })
    expect((await storedCounters(ctx, 'question-bundles', bundle.id)).rating).toEqual({
      count: 2,
      sum: 5,
      average: 2.5,
    })
  })
})
