import { describe, expect, it } from '@jest/globals'

import { createArticle, createLesson, createStory } from '../helpers/content'
import { createCrowd, rowCount, storedCounters, versionRows } from '../helpers/engagement'
import { useTestApp } from '../helpers/fixture'

const { ctx, api } = useTestApp()

interface LikeBody {
  liked: boolean
  likes: number
  changed: boolean
}

describe('likes', () => {
  it('counts 1000 concurrent likes by 1000 users exactly, without versions or updatedAt', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const crowd = await createCrowd(ctx, 1000)
    const before = await storedCounters(ctx, 'stories', story.id)
    const versionsBefore = await versionRows(ctx)

    const responses = await Promise.all(
      crowd.map(({ token }) => api.post<LikeBody>(`/api/stories/${story.id}/like`, { token })),
    )

    expect(responses.filter((response) => response.status !== 200)).toEqual([])
    expect(Math.max(...responses.map((response) => response.body.likes))).toBe(1000)
    const after = await storedCounters(ctx, 'stories', story.id)
    expect(after.likes).toBe(1000)
    expect(await rowCount(ctx, 'likes', 'stories', story.id)).toBe(1000)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(await versionRows(ctx)).toBe(versionsBefore)
  }, 300_000) // 1,000 accounts and 1,000 requests: minutes on a loaded 2-core machine

  it('keeps one like per user when the same user likes 50 times at once', async () => {
    const lesson = await createLesson(ctx.payload, {}, { publish: true })
    const [member] = await createCrowd(ctx, 1)
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.post<LikeBody>(`/api/lessons/${lesson.id}/like`, { token: member.token }),
      ),
    )
    expect(responses.every((response) => response.status === 200)).toBe(true)
    expect(responses.filter((response) => response.body.changed)).toHaveLength(1)
    expect(await rowCount(ctx, 'likes', 'lessons', lesson.id)).toBe(1)
    expect((await storedCounters(ctx, 'lessons', lesson.id)).likes).toBe(1)
  })

  it('unlikes idempotently', async () => {
    const article = await createArticle(ctx.payload, {}, { publish: true })
    const [first, second] = await createCrowd(ctx, 2)
    const path = `/api/community-articles/${article.id}/like`
    await api.post(path, { token: first.token })
    await api.post(path, { token: second.token })

    const unliked = await api.delete<LikeBody>(path, { token: first.token })
    expect(unliked.status).toBe(200)
    expect(unliked.body).toEqual({ liked: false, likes: 1, changed: true })
    const again = await api.delete<LikeBody>(path, { token: first.token })
    expect(again.body).toEqual({ liked: false, likes: 1, changed: false })
    expect(await rowCount(ctx, 'likes', 'community-articles', article.id)).toBe(1)
    expect((await storedCounters(ctx, 'community-articles', article.id)).likes).toBe(1)
  })

  it('needs a signed-in user and a published document', async () => {
    const published = await createStory(ctx.payload, {}, { publish: true })
    const draft = await createStory(ctx.payload)
    const [member] = await createCrowd(ctx, 1)

    expect((await api.post(`/api/stories/${published.id}/like`)).status).toBe(401)
    expect((await api.post(`/api/stories/${draft.id}/like`, { token: member.token })).status).toBe(
      404,
    )
    expect((await api.post('/api/stories/999999/like', { token: member.token })).status).toBe(404)
    expect((await api.post('/api/stories/abc/like', { token: member.token })).status).toBe(404)
    expect((await api.post(`/api/nope/${published.id}/like`, { token: member.token })).status).toBe(
      404,
    )
    expect(
      (await api.delete(`/api/stories/${draft.id}/like`, { token: member.token })).status,
    ).toBe(404)
    expect(await rowCount(ctx, 'likes', 'stories', published.id)).toBe(0)
    expect(await rowCount(ctx, 'likes', 'stories', draft.id)).toBe(0)
    expect((await storedCounters(ctx, 'stories', draft.id)).likes).toBe(0)
  })

  it("refuses Payload's own create and update of likes over REST and GraphQL", async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const [member] = await createCrowd(ctx, 1)
    const item = { relationTo: 'stories', value: story.id }

    const rest = await api.post('/api/likes', { token: member.token, json: { item } })
    expect(rest.status).toBe(403)
    const graphql = await api.graphql(
      `mutation { createLike(data: { item: { relationTo: stories, value: ${story.id} } }) { id } }`,
      {},
      member.token,
    )
    expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(await rowCount(ctx, 'likes', 'stories', story.id)).toBe(0)

    await api.post(`/api/stories/${story.id}/like`, { token: member.token })
    const [{ id }] = await ctx.sql<{ id: number }>('SELECT id FROM likes WHERE user_id = $1', [
      member.id,
    ])
    const moved = await api.patch(`/api/likes/${id}`, {
      token: member.token,
      json: { item: { relationTo: 'lessons', value: 1 } },
    })
    expect(moved.status).toBe(403)
  })

  it('recounts when a like is deleted through Payload (REST delete by its owner)', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const [first, second] = await createCrowd(ctx, 2)
    await api.post(`/api/stories/${story.id}/like`, { token: first.token })
    await api.post(`/api/stories/${story.id}/like`, { token: second.token })
    const [{ id }] = await ctx.sql<{ id: number }>('SELECT id FROM likes WHERE user_id = $1', [
      first.id,
    ])

    expect((await api.delete(`/api/likes/${id}`, { token: second.token })).status).not.toBe(200)
    expect((await api.delete(`/api/likes/${id}`, { token: first.token })).status).toBe(200)
    expect((await storedCounters(ctx, 'stories', story.id)).likes).toBe(1)
  })

  it('keeps the counter exact when likes are written through the Local API', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const crowd = await createCrowd(ctx, 5)
    const likes = await Promise.all(
      crowd.map(({ id }) =>
        ctx.payload.create({
          collection: 'likes',
          data: { user: id, item: { relationTo: 'stories', value: story.id } },
          depth: 0,
        }),
      ),
    )
    expect((await storedCounters(ctx, 'stories', story.id)).likes).toBe(5)
    await ctx.payload.delete({ collection: 'likes', id: likes[0].id })
    expect((await storedCounters(ctx, 'stories', story.id)).likes).toBe(4)
    const [rel] = await ctx.sql<{ path: string; stories_id: number }>(
      'SELECT path, stories_id FROM likes_rels WHERE parent_id = $1',
      [likes[1].id],
    )
    expect(rel).toEqual({ path: 'item', stories_id: story.id })
  })
})
