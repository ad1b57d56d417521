import { beforeAll, describe, expect, it } from '@jest/globals'

import { useTestApp } from '../helpers/fixture'
import { seed } from '../../src/seed'
import {
  pageCommunity,
  pageLessons,
  pageReliabilityCounts,
  pageStories,
  type PageCommunityItem,
} from '../helpers/seedPages'

const { ctx, api } = useTestApp()

const seedPassword = `chosen-${Date.now()}`

beforeAll(async () => {
  await seed(ctx.payload, { password: seedPassword })
})

/** How the pages display a view count: 474, 1k, 1.1k. */
const shownViews = (views: number): string =>
  views < 1000 ? String(views) : `${(views / 1000).toFixed(1).replace(/\.0$/, '')}k`

/** How the pages display a rating: '4.4 (9)', nothing when unrated. */
const shownRating = (rating: { count?: number | null; average?: number | null } | undefined) =>
  rating?.count ? `${Number(rating.average).toFixed(1)} (${rating.count})` : null

const shownDate = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  })

interface ApiDoc {
  id: number
  kind?: PageCommunityItem['kind']
  title: string
  summary: string
  tags: { slug: string }[]
  language?: string
  views: number
  likes: number
  rating?: { count: number; sum: number; average: number }
  publishedAt: string
  author: Record<string, unknown> & { handle: string }
  _status: string
  reviewStatus: string
}

const reliability = 'where[tags.slug][equals]=reliability&limit=100&depth=1&sort=-publishedAt'

async function communityOverREST(): Promise<(ApiDoc & { collection: string })[]> {
  const docs: (ApiDoc & { collection: string })[] = []
  for (const collection of ['community-articles', 'question-bundles']) {
    const response = await api.get<{ docs: ApiDoc[] }>(`/api/${collection}?${reliability}`)
    expect(response.status).toBe(200)
    docs.push(...response.body.docs.map((doc) => ({ ...doc, collection })))
  }
  return docs.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
}

describe('after a fresh seed, an anonymous client', () => {
  it('gets the 18 community items of the Reliability page with the numbers it shows', async () => {
    const docs = await communityOverREST()
    const cards: PageCommunityItem[] = docs.map((doc) => ({
      kind: doc.collection === 'question-bundles' ? 'question-bundle' : (doc.kind ?? 'article'),
      title: doc.title,
      summary: doc.summary,
      tags: doc.tags.map((tag) => tag.slug),
      language: doc.language ?? null,
      views: shownViews(doc.views),
      likes: doc.likes,
      rating: shownRating(doc.rating),
      date: shownDate(doc.publishedAt),
      author: doc.author.handle,
    }))
    expect(cards).toEqual(pageCommunity)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    expect(docs.every((doc) => doc.reviewStatus === 'published')).toBe(true)
  })

  it('sees authors as public profiles: name and handle, never email or role', async () => {
    const docs = await communityOverREST()
    for (const { author } of docs) {
      expect(author.email).toBeUndefined()
      expect(author.role).toBeUndefined()
      expect(author.sessions ?? []).toEqual([])
      expect(typeof author.name).toBe('string')
    }
  })

  it('gets the four lessons with their track, level, access, difficulty, views and likes', async () => {
    const response = await api.get<{ docs: (ApiDoc & Record<string, unknown>)[] }>(
      `/api/lessons?where[tags.slug][equals]=reliability&depth=1&limit=100`,
    )
    const byTitle = new Map(response.body.docs.map((doc) => [doc.title, doc]))
    expect([...byTitle.keys()].sort()).toEqual(pageLessons.map((lesson) => lesson.title).sort())
    for (const lesson of pageLessons) {
      const doc = byTitle.get(lesson.title)
      expect({
        track: doc?.track,
        title: doc?.title,
        summary: doc?.summary,
        tags: doc?.tags.map((tag) => tag.slug),
        level: lesson.level === null ? null : doc?.level,
        access: lesson.access === null ? null : doc?.access,
        views: shownViews(Number(doc?.views)),
        likes: doc?.likes,
        difficulty: doc?.difficulty,
      }).toEqual(lesson)
    }
  })

  it('gets the nine stories with their titles and summaries exactly as written', async () => {
    const response = await api.get<{ docs: ApiDoc[] }>('/api/stories?limit=100&sort=publishedAt')
    expect(response.body.docs.map(({ title, summary }) => ({ title, summary }))).toEqual(
      pageStories,
    )
  })

  it('gets the Reliability tag with the counts in the page header', async () => {
    const response = await api.get<{ docs: { name: string; counts: Record<string, number> }[] }>(
      '/api/tags?where[slug][equals]=reliability',
    )
    const [tag] = response.body.docs
    expect(tag.name).toBe('Reliability')
    expect(tag.counts).toMatchObject(pageReliabilityCounts)
  })

  it('gets the same community numbers over GraphQL', async () => {
    const [tag] = await ctx.sql<{ id: number }>(`SELECT id FROM tags WHERE slug = 'reliability'`)
    const fields = `title views likes rating { count average } author { handle email }`
    const response = await api.graphql<{
      CommunityArticles: { docs: Record<string, unknown>[] }
      QuestionBundles: { docs: Record<string, unknown>[] }
    }>(
      `query ($tag: [JSON]) {
        CommunityArticles(where: { tags: { in: $tag } }, limit: 100) { docs { ${fields} } }
        QuestionBundles(where: { tags: { in: $tag } }, limit: 100) { docs { ${fields} language } }
      }`,
      { tag: [tag.id] },
    )
    expect(response.body.errors).toBeUndefined()
    const docs = [
      ...(response.body.data?.CommunityArticles.docs ?? []),
      ...(response.body.data?.QuestionBundles.docs ?? []),
    ]
    const byTitle = new Map(docs.map((doc) => [doc.title, doc]))
    expect(byTitle.size).toBe(18)
    for (const item of pageCommunity) {
      const doc = byTitle.get(item.title) as {
        views: number
        likes: number
        rating: { count: number; average: number }
        author: { handle: string; email: string | null }
      }
      expect({
        title: item.title,
        views: shownViews(doc.views),
        likes: doc.likes,
        rating: shownRating(doc.rating),
        author: doc.author.handle,
        email: doc.author.email,
      }).toEqual({ ...pick(item), email: null })
    }
  })
})

const pick = ({ title, views, likes, rating, author }: PageCommunityItem) => ({
  title,
  views,
  likes,
  rating,
  author,
})

describe('the rows behind the numbers', () => {
  const itemOf = async (title: string) => {
    for (const table of ['community_articles', 'question_bundles']) {
      const [row] = await ctx.sql<{ id: number; author_id: number }>(
        `SELECT id, author_id FROM ${table} WHERE title = $1`,
        [title],
      )
      if (row) return { key: `${table.replace(/_/g, '-')}:${row.id}`, author: row.author_id }
    }
    throw new Error(`no item titled ${title}`)
  }

  it('backs every rating shown with that many ratings from distinct users, none by the author', async () => {
    for (const item of pageCommunity) {
      const { key, author } = await itemOf(item.title)
      const [row] = await ctx.sql<{ n: number; users: number; average: number; own: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS users,
           coalesce(avg(score), 0)::float8 AS average,
           count(*) FILTER (WHERE user_id = $2)::int AS own
         FROM ratings WHERE item_key = $1`,
        [key, author],
      )
      const shown = row.n === 0 ? null : `${row.average.toFixed(1)} (${row.n})`
      expect({
        title: item.title,
        rating: shown,
        distinct: row.users === row.n,
        own: row.own,
      }).toEqual({ title: item.title, rating: item.rating, distinct: true, own: 0 })
    }
  })

  it('backs every like count with that many likes from distinct users, none by the author', async () => {
    for (const item of pageCommunity) {
      const { key, author } = await itemOf(item.title)
      const [row] = await ctx.sql<{ n: number; users: number; own: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS users,
           count(*) FILTER (WHERE user_id = $2)::int AS own
         FROM likes WHERE item_key = $1`,
        [key, author],
      )
      expect({ title: item.title, ...row }).toEqual({
        title: item.title,
        n: item.likes,
        users: item.likes,
        own: 0,
      })
    }
  })

  it('lets seeded authors and readers sign in with the password the seed was given', async () => {
    const users = await ctx.sql<{ email: string }>(
      `SELECT email FROM users WHERE handle = ANY($1) ORDER BY handle`,
      [['zarakamau', 'lilyadeyemi', 'mateohansen', 'adaezeabara']],
    )
    expect(users).toHaveLength(4)
    for (const { email } of users) {
      expect(email).toMatch(/@seed\.casebook\.localhost$/)
      await expect(api.login(email, seedPassword)).resolves.toEqual(expect.any(String))
    }
    const wrong = await api.post('/api/users/login', {
      json: { email: users[0].email, password: 'password' },
    })
    expect(wrong.status).toBe(401)
  })
})
