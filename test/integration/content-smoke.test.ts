import { describe, expect, it } from '@jest/globals'

import { createArticle, createLesson, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { createTestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

describe('content basics', () => {
  it('generates a slug from the title and shows a published lesson to anonymous readers', async () => {
    const tag = await createTag(ctx.payload, 'Reliability Smoke')
    const lesson = await createLesson(
      ctx.payload,
      { title: 'Fault Tolerance 101', tags: [tag.id] },
      { publish: true },
    )
    expect(lesson.slug).toBe('fault-tolerance-101')
    const response = await api.get<{ docs: { slug: string }[] }>(
      `/api/lessons?where[slug][equals]=fault-tolerance-101`,
    )
    expect(response.body.docs.map((doc) => doc.slug)).toEqual(['fault-tolerance-101'])
  })

  it('hides a draft from anonymous readers', async () => {
    const draft = await createLesson(ctx.payload, { title: 'Secret Draft Lesson' })
    const byId = await api.get(`/api/lessons/${draft.id}`)
    expect(byId.status).toBe(404)
  })

  it('populates an author as a public profile only', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const response = await api.get<{ author: Record<string, unknown> }>(
      `/api/community-articles/${article.id}?depth=1`,
    )
    expect(response.status).toBe(200)
    expect(response.body.author.handle).toBe(author.user.handle)
    expect(response.text).not.toContain(author.email)
    expect(response.body.author).not.toHaveProperty('role')
  })
})
