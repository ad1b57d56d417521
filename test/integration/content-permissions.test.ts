import { beforeAll, describe, expect, it } from '@jest/globals'

import { lexicalParagraphs } from '../../src/content/lexical'
import {
  createArticle,
  createBundle,
  createLesson,
  createStory,
  createTag,
} from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { createTestUser, type TestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

let author: TestUser
let authorToken: string
let readerToken: string
let otherAuthorId: number

beforeAll(async () => {
  author = await createTestUser(ctx.payload, 'author')
  const reader = await createTestUser(ctx.payload, 'reader')
  otherAuthorId = (await createTestUser(ctx.payload, 'author')).user.id
  authorToken = await api.login(author.email, author.password)
  readerToken = await api.login(reader.email, reader.password)
})

const body = lexicalParagraphs('Body.')
const lesson = { title: 'Reader Lesson', summary: 's', track: 'core', content: body }
const story = { title: 'Reader Story', summary: 's', content: body }
const bundle = {
  title: 'Reader Bundle',
  summary: 's',
  language: 'Python',
  questions: [{ prompt: 'Reverse a list.', solution: 'xs[::-1]' }],
}

/** Everything the API refuses (403) writes nothing: compare the table before and after. */
const rows = async (table: string) =>
  (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n

describe('a reader', () => {
  it('cannot create any content or tag (403), over REST or GraphQL', async () => {
    const attempts: [string, string, unknown][] = [
      ['lessons', 'lessons', lesson],
      ['stories', 'stories', story],
      ['question-bundles', 'question_bundles', bundle],
      ['community-articles', 'community_articles', { ...story, title: 'Reader Article' }],
      ['tags', 'tags', { name: 'Reader Tag' }],
    ]
    for (const [collection, table, json] of attempts) {
      const before = await rows(table)
      const response = await api.post(`/api/${collection}`, { token: readerToken, json })
      expect({ collection, status: response.status }).toEqual({ collection, status: 403 })
      expect(await rows(table)).toBe(before)
    }
    const graphql = await api.graphql(
      `mutation { createTag(data: { name: "Reader Tag", slug: "reader-tag", counts: {
        lessons: 0, systemDesigns: 0, behavioralInterviews: 0, communityItems: 0, stories: 0 } }) { id } }`,
      undefined,
      readerToken,
    )
    expect(graphql.body.errors?.[0].extensions?.statusCode).toBe(403)
  })

  it('cannot edit or delete published content (403), and nothing changes', async () => {
    const targets = [
      ['lessons', 'lessons', await createLesson(ctx.payload, {}, { publish: true })],
      ['stories', 'stories', await createStory(ctx.payload, {}, { publish: true })],
      [
        'question-bundles',
        'question_bundles',
        await createBundle(ctx.payload, {}, { publish: true }),
      ],
    ] as const
    for (const [collection, table, doc] of targets) {
      const edit = await api.patch(`/api/${collection}/${doc.id}`, {
        token: readerToken,
        json: { title: 'Defaced' },
      })
      const remove = await api.delete(`/api/${collection}/${doc.id}`, { token: readerToken })
      expect({ collection, edit: edit.status, remove: remove.status }).toEqual({
        collection,
        edit: 403,
        remove: 403,
      })
      const [row] = await ctx.sql<{ title: string }>(`SELECT title FROM ${table} WHERE id = $1`, [
        doc.id,
      ])
      expect(row.title).toBe(doc.title)
    }
    const graphql = await api.graphql(
      `mutation ($id: Int!) { updateLesson(id: $id, data: { title: "Defaced" }) { id } }`,
      { id: targets[0][2].id },
      readerToken,
    )
    expect(graphql.body.errors?.[0].extensions?.statusCode).toBe(403)
  })
})

describe('an author', () => {
  it('cannot write lessons, stories or tags (403)', async () => {
    const tag = await createTag(ctx.payload)
    const responses = [
      await api.post('/api/lessons', { token: authorToken, json: lesson }),
      await api.post('/api/stories', { token: authorToken, json: story }),
      await api.post('/api/tags', { token: authorToken, json: { name: 'Author Tag' } }),
      await api.patch(`/api/tags/${tag.id}`, {
        token: authorToken,
        json: { counts: { communityItems: 99 } },
      }),
    ]
    expect(responses.map((r) => r.status)).toEqual([403, 403, 403, 403])
    const [row] = await ctx.sql<{ n: number }>(
      'SELECT counts_community_items::int AS n FROM tags WHERE id = $1',
      [tag.id],
    )
    expect(row.n).toBe(0)
  })

  it('cannot move author, counters, rating, review state or publish by editing their own live article', async () => {
    const article = await createArticle(
      ctx.payload,
      { author: author.user.id, title: 'Own Article' },
      { publish: true },
    )
    // Real engagement behind the counters: three likes, two ratings, forty views.
    for (const score of [4, 5, null]) {
      const fan = await createTestUser(ctx.payload, 'reader')
      const token = await api.login(fan.email, fan.password)
      await api.post(`/api/community-articles/${article.id}/like`, { token })
      if (score === null) continue
      const rated = await api.post('/api/ratings', {
        token,
        json: { item: { relationTo: 'community-articles', value: article.id }, score },
      })
      expect(rated.status).toBe(201)
    }
    await ctx.sql('UPDATE community_articles SET views = 40 WHERE id = $1', [article.id])
    const forged = {
      title: 'Own Article, revised',
      author: otherAuthorId,
      views: 100000,
      likes: 5000,
      rating: { count: 900, sum: 4500, average: 5 },
      reviewStatus: 'published',
      _status: 'published',
    }
    const rest = await api.patch(`/api/community-articles/${article.id}`, {
      token: authorToken,
      json: forged,
    })
    expect(rest.status).toBe(200)
    const graphql = await api.graphql(
      `mutation ($id: Int!) { updateCommunityArticle(id: $id, data: {
        author: ${otherAuthorId}, views: 100000, likes: 5000,
        rating: { count: 900, sum: 4500, average: 5 }, reviewStatus: published, _status: published
      }) { id } }`,
      { id: article.id },
      authorToken,
    )
    expect(graphql.body.errors).toBeUndefined()

    const [live] = await ctx.sql<Record<string, unknown>>(
      `SELECT title, author_id, views::int AS views, likes::int AS likes,
         rating_count::int AS count, rating_average::float8 AS average, review_status, _status
       FROM community_articles WHERE id = $1`,
      [article.id],
    )
    expect(live).toEqual({
      title: 'Own Article',
      author_id: author.user.id,
      views: 40,
      likes: 3,
      count: 2,
      average: 4.5,
      review_status: 'published',
      _status: 'published',
    })
    const [revision] = await ctx.sql<Record<string, unknown>>(
      `SELECT version_title AS title, version_author_id AS author_id,
         version_review_status AS review_status, version__status AS status
       FROM _community_articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1`,
      [article.id],
    )
    expect(revision).toEqual({
      title: 'Own Article, revised',
      author_id: author.user.id,
      review_status: 'draft',
      status: 'draft',
    })
  })
})
