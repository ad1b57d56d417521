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
    expect(Object.keys(response.body.author).sort()).toEqual(['handle', 'id', 'name'])
  })

  it('shows the public profile only, over GraphQL too, to anyone but the account and staff', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const reader = await createTestUser(ctx.payload, 'reader')
    const editor = await createTestUser(ctx.payload, 'editor')
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const query = `query ($id: Int!) { CommunityArticle(id: $id) {
      author { id name handle email createdAt sessions { id } } } }`
    type Author = { email: string | null; createdAt: string | null; sessions: unknown[] | null }
    const read = async (token?: string) =>
      (
        await api.graphql<{ CommunityArticle: { author: Author } }>(
          query,
          { id: article.id },
          token,
        )
      ).body.data?.CommunityArticle.author
    expect(await read()).toEqual({
      id: author.user.id,
      name: author.user.name,
      handle: author.user.handle,
      email: null,
      createdAt: null,
      sessions: null,
    })
    const asReader = await read(await api.login(reader.email, reader.password))
    expect(asReader).toMatchObject({ email: null, createdAt: null, sessions: null })
    const asSelf = await read(await api.login(author.email, author.password))
    expect(asSelf).toMatchObject({ email: author.email, createdAt: expect.any(String) })
    const asEditor = await read(await api.login(editor.email, editor.password))
    expect(asEditor).toMatchObject({ email: author.email })
    const list = await api.get<{ docs: Record<string, unknown>[] }>(
      `/api/users?where[id][equals]=${author.user.id}`,
    )
    expect(list.body.docs.map((doc) => Object.keys(doc).sort())).toEqual([['handle', 'id', 'name']])
  })
})
