import { beforeAll, describe, expect, it } from '@jest/globals'

import { reconcileEngagement } from '../../src/reconcile/engagement'
import { createArticle } from '../helpers/content'
import { createCrowd, rowCount, storedCounters, type CrowdMember } from '../helpers/engagement'
import { useTestApp } from '../helpers/fixture'
import { review, signUp, type Member } from '../helpers/review'

const { ctx, api } = useTestApp({ server: { trustProxy: 'loopback' } })

let admin: Member
let editor: Member
let author: Member

beforeAll(async () => {
  ;[admin, editor, author] = await Promise.all([
    signUp(ctx, api, 'admin'),
    signUp(ctx, api, 'editor'),
    signUp(ctx, api, 'author'),
  ])
})

const articles = '/api/community-articles'
let clients = 0
const newClient = () => ({
  headers: { 'x-forwarded-for': `10.9.${clients >> 8}.${clients++ & 255}` },
})

const publishedArticle = () =>
  createArticle(ctx.payload, { author: author.user.id }, { publish: true })

/** Views from `n` new clients, likes by every member, and their ratings (if scores given). */
async function engage(id: number, views: number, members: CrowdMember[], scores: number[] = []) {
  const results = await Promise.all([
    ...Array.from({ length: views }, () => api.post(`${articles}/${id}/view`, newClient())),
    ...members.map(({ token }) => api.post(`${articles}/${id}/like`, { token })),
    ...scores.map((score, i) =>
      api.post('/api/ratings', {
        token: members[i].token,
        json: { item: { relationTo: 'community-articles', value: id }, score },
      }),
    ),
  ])
  expect(results.filter((r) => r.status >= 300).map((r) => r.text)).toEqual([])
}

const counters = async (id: number) => {
  const { views, likes, rating } = await storedCounters(ctx, 'community-articles', id)
  return { views, likes, rating }
}

describe('counters survive every edit', () => {
  it('keeps likes, ratings and views through an author revision that is reviewed and published', async () => {
    const article = await publishedArticle()
    const crowd = await createCrowd(ctx, 4)
    await engage(article.id, 5, crowd.slice(0, 3), [5, 4, 3])
    const expected = { views: 5, likes: 3, rating: { count: 3, sum: 12, average: 4 } }
    expect(await counters(article.id)).toEqual(expected)

    const revised = await api.patch<{ doc: { likes: number; views: number } }>(
      `${articles}/${article.id}`,
      { token: author.token, json: { title: 'Revised title' } },
    )
    expect(revised.status).toBe(200)
    expect(revised.body.doc).toMatchObject({ views: 5, likes: 3 })
    expect(await counters(article.id)).toEqual(expected)

    // More engagement while the revision waits for review.
    await engage(article.id, 1, crowd.slice(3))
    const later = { ...expected, views: 6, likes: 4 }

    for (const [token, action] of [
      [author.token, 'submit'],
      [editor.token, 'approve'],
      [editor.token, 'publish'],
    ] as const) {
      expect((await review(api, token, 'community-articles', article.id, { action })).status).toBe(
        200,
      )
    }
    const live = await api.get<{ title: string; views: number; likes: number; rating: unknown }>(
      `${articles}/${article.id}`,
    )
    expect(live.body).toMatchObject({ title: 'Revised title', ...later })
    expect(await counters(article.id)).toEqual(later)
  })

  it('keeps them through version restores: live, as a draft, and by server code', async () => {
    const article = await publishedArticle()
    const crowd = await createCrowd(ctx, 2)
    const [{ id: firstVersion }] = await ctx.sql<{ id: number }>(
      'SELECT id FROM _community_articles_v WHERE parent_id = $1 ORDER BY id LIMIT 1',
      [article.id],
    )
    await engage(article.id, 3, crowd, [2, 5])
    const expected = { views: 3, likes: 2, rating: { count: 2, sum: 7, average: 3.5 } }

    const restored = await api.post<{ views: number; likes: number }>(
      `${articles}/versions/${firstVersion}`,
      { token: admin.token },
    )
    expect(restored.status).toBe(200)
    expect(restored.body).toMatchObject({ views: 3, likes: 2 })
    expect(await counters(article.id)).toEqual(expected)

    const asDraft = await api.post(`${articles}/versions/${firstVersion}?draft=true`, {
      token: editor.token,
    })
    expect(asDraft.status).toBe(200)
    expect(await counters(article.id)).toEqual(expected)

    // Trusted server code restores with access overridden, counters included in the copy.
    const local = await ctx.payload.restoreVersion({
      collection: 'community-articles',
      id: String(firstVersion),
      depth: 0,
    })
    expect(local).toMatchObject({ views: 3, likes: 2 })
    expect(await counters(article.id)).toEqual(expected)
  })

  it('loses no view or like that lands while the document is being edited and published', async () => {
    const article = await publishedArticle()
    const crowd = await createCrowd(ctx, 60)
    const edits = (async () => {
      for (let i = 0; i < 6; i += 1) {
        const draft = i % 2 === 0
        const response = await api.patch(`${articles}/${article.id}${draft ? '?draft=true' : ''}`, {
          token: admin.token,
          json: { title: `Edit ${i}`, _status: draft ? 'draft' : 'published' },
        })
        expect(response.status).toBe(200)
      }
    })()
    await Promise.all([engage(article.id, 150, crowd), edits])
    expect(await counters(article.id)).toMatchObject({ views: 150, likes: 60 })
  })
})

describe('reconcile', () => {
  it('reports drifted likes and ratings, fixes them, and then finds nothing', async () => {
    const article = await publishedArticle()
    const crowd = await createCrowd(ctx, 2)
    await engage(article.id, 0, crowd, [1, 4])
    await ctx.sql(
      'UPDATE community_articles SET likes = 9, rating_count = 7, rating_average = 1 WHERE id = $1',
      [article.id],
    )
    const subject = (what: string) => `community-articles:${article.id} ${what}`
    // Only what reconcile says about this article: other tests' documents must not decide it.
    const reconcile = async (fix: boolean) =>
      (await reconcileEngagement(ctx.payload, { fix })).filter((drift) =>
        drift.subject.startsWith(subject('')),
      )

    const checked = await reconcile(false)
    expect(checked).toEqual([
      { subject: subject('likes'), stored: 9, actual: 2 },
      { subject: subject('rating.count'), stored: 7, actual: 2 },
      { subject: subject('rating.average'), stored: 1, actual: 2.5 },
    ])
    expect((await counters(article.id)).likes).toBe(9)

    expect(await reconcile(true)).toEqual(checked)
    expect(await counters(article.id)).toMatchObject({
      likes: 2,
      rating: { count: 2, sum: 5, average: 2.5 },
    })
    expect(await reconcile(false)).toEqual([])
  })
})

describe('deleting a document', () => {
  it('removes its likes and ratings', async () => {
    const article = await publishedArticle()
    const crowd = await createCrowd(ctx, 2)
    await engage(article.id, 0, crowd, [3, 3])
    expect(await rowCount(ctx, 'likes', 'community-articles', article.id)).toBe(2)
    await ctx.payload.delete({ collection: 'community-articles', id: article.id })
    expect(await rowCount(ctx, 'likes', 'community-articles', article.id)).toBe(0)
    expect(await rowCount(ctx, 'ratings', 'community-articles', article.id)).toBe(0)
  })
})
