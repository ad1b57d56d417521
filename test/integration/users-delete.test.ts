import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { createTestUser, type TestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

let admin: TestUser

beforeAll(async () => {
  admin = await createTestUser(ctx.payload, 'admin')
})

describe('deleting an account', () => {
  it('removes the reader’s likes and ratings and recomputes the item', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const reader = await createTestUser(ctx.payload, 'reader')
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const readerToken = await api.login(reader.email, reader.password)
    expect(
      (await api.post(`/api/community-articles/${article.id}/like`, { token: readerToken })).status,
    ).toBeLessThan(300)
    const rated = await api.post('/api/ratings', {
      token: readerToken,
      json: { item: { relationTo: 'community-articles', value: article.id }, score: 4 },
    })
    expect(rated.status).toBe(201)

    const adminToken = await api.login(admin.email, admin.password)
    const deleted = await api.delete(`/api/users/${reader.user.id}`, { token: adminToken })
    expect(deleted.status).toBe(200)

    const [row] = await ctx.sql<{ likes: number; rating_count: number }>(
      'select likes::int as likes, rating_count::int as rating_count from community_articles where id = $1',
      [article.id],
    )
    expect(row).toEqual({ likes: 0, rating_count: 0 })
    const left = await ctx.sql<{ n: string }>(
      'select (select count(*) from likes where user_id = $1) + (select count(*) from ratings where user_id = $1) as n',
      [reader.user.id],
    )
    expect(Number(left[0]?.n)).toBe(0)
  })

  it('refuses with 409 to delete an author who wrote content, and keeps everything', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const adminToken = await api.login(admin.email, admin.password)
    const response = await api.delete<{ errors: { message: string }[] }>(
      `/api/users/${author.user.id}`,
      { token: adminToken },
    )
    expect(response.status).toBe(409)
    expect(response.body.errors[0]?.message).toMatch(/reassign/)
    const still = await ctx.sql('select id from users where id = $1', [author.user.id])
    expect(still).toHaveLength(1)
  })
})
