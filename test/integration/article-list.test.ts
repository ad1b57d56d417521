import { beforeAll, describe, expect, it } from '@jest/globals'

import type { CommunityArticle } from '../../payload-types'
import { answersArticleListsDirectly, articleListStatements } from '../../src/articleList'
import { lexicalFromBlocks } from '../../src/content/lexical'
import { articleListAnswerer, articleListQueried } from '../../src/http/articleListAnswer'
import { seed } from '../../src/seed'
import { createArticle, createStory, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { payloadAnswer } from '../helpers/payloadAnswer'
import { statementsDuring, untilDatabaseQuiet } from '../helpers/statements'

const { ctx, api } = useTestApp()

const listPath = (query: string) => `/api/community-articles?${query}`

const direct = (path: string) => articleListAnswerer(ctx.payload)('/community-articles', path)

const withRelationship = (storyId: number) =>
  ({
    root: {
      ...lexicalFromBlocks([{ type: 'p', text: 'See the story.' }]).root,
      children: [
        ...lexicalFromBlocks([{ type: 'p', text: 'See the story.' }]).root.children,
        { type: 'relationship', format: '', relationTo: 'stories', value: storyId, version: 2 },
      ],
    },
  }) as unknown as CommunityArticle['content']

let published = 0
let tiedIds: number[] = []

beforeAll(async () => {
  await seed(ctx.payload, { password: `seed-${Date.now()}` })
  const [author] = await ctx.sql<{ id: number }>(
    "SELECT id FROM users WHERE role = 'author' ORDER BY id LIMIT 1",
  )
  const tag = await createTag(ctx.payload)
  const other = await createTag(ctx.payload)
  const doomed = await createTag(ctx.payload)
  const story = await createStory(ctx.payload, {}, { publish: true })
  const make = (data: Partial<CommunityArticle>, publish = true) =>
    createArticle(ctx.payload, { author: author?.id, ...data }, { publish })
  // Payload populates the relationship in a free body (left to Payload), not in a premium one.
  // Oldest of these, so the first pages are answered directly.
  await make({ content: withRelationship(story.id) })
  await make({ tags: [other.id, tag.id, doomed.id] })
  await make({ tags: [] })
  await make({ tags: [tag.id], author: null })
  await make({
    access: 'premium',
    tags: [tag.id, other.id],
    content: lexicalFromBlocks([
      { type: 'p', text: 'Teaser paragraph.' },
      { type: 'hr' },
      { type: 'p', text: 'Premium paragraph.' },
    ]) as unknown as CommunityArticle['content'],
  })
  await make({ access: 'premium', content: withRelationship(story.id) })
  await make({ kind: 'interview-experience', publishAt: '2031-01-01T00:00:00.000Z' })
  const rated = await make({ tags: [other.id] })
  await ctx.sql(
    `UPDATE community_articles SET rating_count = 3, rating_sum = 11,
      rating_average = 3.6666666666666665, views = 12345, likes = 7 WHERE id = $1`,
    [rated.id],
  )
  const redrafted = await make({ tags: [tag.id] })
  await ctx.payload.update({
    collection: 'community-articles',
    id: redrafted.id,
    data: { title: 'A newer draft title' },
    draft: true,
  })
  await make({ tags: [tag.id] }, false)
  for (const title of ['One more', 'Two more', 'Three more']) await make({ title })
  await ctx.payload.delete({ collection: 'tags', id: doomed.id })
  // Two articles created in the same millisecond: Payload's order between them is its own.
  const tied = [await make({}), await make({})]
  tiedIds = tied.map(({ id }) => id)
  await ctx.sql(
    `UPDATE community_articles SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = ANY($1)`,
    [tiedIds],
  )
  const [count] = await ctx.sql<{ n: number }>(
    "SELECT count(*)::int AS n FROM community_articles WHERE _status = 'published'",
  )
  published = count?.n ?? 0
}, 120_000)

describe('the card list of articles, answered by the host in one statement', () => {
  it('serves casebook’s own articles directly, and articles with other fields through Payload', async () => {
    expect(await answersArticleListsDirectly(ctx.payload)).toBe(true)
    const articles = ctx.payload.collections['community-articles']
    const extra = { name: 'extra', type: 'text' }
    const changed = {
      ...ctx.payload,
      collections: {
        ...ctx.payload.collections,
        'community-articles': {
          ...articles,
          config: {
            ...articles.config,
            flattenedFields: [...articles.config.flattenedFields, extra],
          },
        },
      },
    } as unknown as typeof ctx.payload
    expect(await answersArticleListsDirectly(changed)).toBe(false)
  })

  it('answers every page, at every page size, exactly as Payload’s find does', async () => {
    expect(published).toBeGreaterThan(12)
    let answeredDirectly = 0
    let leftToPayload = 0
    for (const limit of [1, 2, 3, 5, 10, 20, 100]) {
      const pages = Math.ceil(published / limit)
      for (let page = 1; page <= pages + 1; page++) {
        const path = listPath(`limit=${limit}&page=${page}&depth=1`)
        const expected = await payloadAnswer(ctx.config, path)
        const ours = await direct(path)
        if (ours === undefined) leftToPayload += 1
        else {
          answeredDirectly += 1
          expect({ path, status: ours.status }).toEqual({ path, status: expected.status })
          expect({ path, text: ours.body.toString() }).toEqual({ path, text: expected.text })
        }
        const served = await api.get(path)
        expect({ path, text: served.text }).toEqual({ path, text: expected.text })
      }
    }
    expect(answeredDirectly).toBeGreaterThan(leftToPayload)
    const defaults = listPath('depth=1')
    expect((await direct(defaults))?.body.toString()).toBe(
      (await payloadAnswer(ctx.config, defaults)).text,
    )
  })

  it('withholds premium bodies, keeps teasers, and shows authors’ public profiles only', async () => {
    const response = await api.get<{ docs: CommunityArticle[] }>(listPath('limit=100&depth=1'))
    const premium = response.body.docs.filter((doc) => doc.access === 'premium')
    expect(premium.length).toBeGreaterThan(0)
    for (const doc of premium) {
      expect(doc.locked).toBe(true)
      expect(doc.content).toBeNull()
    }
    expect(response.text).not.toContain('Premium paragraph.')
    expect(response.text).toContain('Teaser paragraph.')
    expect(response.text).not.toContain('A newer draft title')
    for (const doc of response.body.docs) {
      if (doc.author) expect(Object.keys(doc.author)).toEqual(['id', 'name', 'handle'])
    }
  })

  it('costs one SQL statement', async () => {
    const path = listPath('limit=5&depth=1')
    expect(await direct(path)).toBeDefined()
    await untilDatabaseQuiet()
    const sent = await statementsDuring(() => api.get(path))
    expect(sent).toHaveLength(articleListStatements)
  })

  it('leaves ties, populated bodies, pages past the last and every other query to Payload', async () => {
    const [tiedRow] = await ctx.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM community_articles
        WHERE _status = 'published' AND created_at > '2020-01-01T00:00:00.000Z'`,
    )
    // The page holding the tied pair, and the page that ends right before it.
    const before = tiedRow?.n ?? 0
    expect(await direct(listPath(`limit=1&page=${before + 1}&depth=1`))).toBeUndefined()
    expect(await direct(listPath(`limit=${before}&page=1&depth=1`))).toBeUndefined()
    expect(await direct(listPath(`limit=100&page=2&depth=1`))).toBeUndefined()
    expect(tiedIds).toHaveLength(2)
    const maxPageSize = 100
    for (const other of [
      'limit=20',
      'limit=20&depth=0',
      'limit=20&depth=2',
      'limit=20&depth=1&depth=1',
      'limit=20&limit=20&depth=1',
      'limit=0&depth=1',
      'limit=101&depth=1',
      'limit=-1&depth=1',
      'limit=1e1&depth=1',
      'limit=20&page=0&depth=1',
      'limit=20&page=x&depth=1',
      'limit=20&depth=1&sort=title',
      'limit=20&depth=1&where[kind][equals]=article',
      'limit=20&depth=1&select[title]=true',
      'limit=20&depth=1&draft=true',
      'limit=20&depth=1&locale=en',
    ]) {
      const path = listPath(other)
      expect({
        other,
        query: articleListQueried('/community-articles', path, maxPageSize),
      }).toEqual({ other, query: undefined })
      expect({ other, answer: await direct(path) }).toEqual({ other, answer: undefined })
    }
    expect(
      articleListQueried('/stories', listPath('limit=20&depth=1'), maxPageSize),
    ).toBeUndefined()
    expect(articleListQueried('/community-articles', '/api/community-articles', maxPageSize)).toBe(
      undefined,
    )
  })
})
