import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle, createLesson } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { createTestUser, type TestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

let editor: TestUser
let author: TestUser
let reader: TestUser

beforeAll(async () => {
  editor = await createTestUser(ctx.payload, 'editor')
  author = await createTestUser(ctx.payload, 'author')
  reader = await createTestUser(ctx.payload, 'reader')
})

const body = {
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'text',
            text: 'Hello',
            version: 1,
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
          },
        ],
      },
    ],
  },
}

type Errors = { errors: { message: string; data?: unknown }[] }

describe('slugs', () => {
  it('answers a taken slug with 400 and a message naming the field, on create and update', async () => {
    const token = await api.login(editor.email, editor.password)
    const first = await api.post('/api/lessons', {
      token,
      json: { title: 'Taken Title', summary: 's', track: 'core', content: body },
    })
    expect(first.status).toBe(201)
    const second = await api.post<Errors>('/api/lessons', {
      token,
      json: { title: 'Taken Title', summary: 's', track: 'core', content: body },
    })
    expect(second.status).toBe(400)
    expect(JSON.stringify(second.body)).toMatch(/slug \\"taken-title\\" is already used/)
    const other = await createLesson(ctx.payload, { title: 'Another Title' })
    const renamed = await api.patch<Errors>(`/api/lessons/${other.id}?draft=true`, {
      token,
      json: { slug: 'taken-title' },
    })
    expect(renamed.status).toBe(400)
    expect(JSON.stringify(renamed.body)).toMatch(/already used by another lessons document/)
    const stored = await ctx.sql<{ n: string }>(
      "select count(*) as n from lessons where slug = 'taken-title'",
    )
    expect(Number(stored[0]?.n)).toBe(1)
  })

  it('answers two concurrent creates with the same title with one 201 and one 400, never 500', async () => {
    const token = await api.login(editor.email, editor.password)
    const create = () =>
      api.post('/api/lessons', {
        token,
        json: { title: 'Raced Title', summary: 's', track: 'core', content: body },
      })
    const statuses = (await Promise.all([create(), create()])).map((r) => r.status).sort()
    expect(statuses).toEqual([201, 400])
  })
})

describe('who may write what', () => {
  it('refuses a reader creating or editing content with 403', async () => {
    const token = await api.login(reader.email, reader.password)
    const created = await api.post('/api/community-articles', {
      token,
      json: { title: 'Reader Post', summary: 's', content: body },
    })
    expect(created.status).toBe(403)
    const article = await createArticle(ctx.payload, { author: author.user.id }, { publish: true })
    const edited = await api.patch(`/api/community-articles/${article.id}`, {
      token,
      json: { title: 'Hijacked' },
    })
    expect(edited.status).toBe(403)
    const [row] = await ctx.sql<{ title: string }>(
      'select title from community_articles where id = $1',
      [article.id],
    )
    expect(row?.title).toBe(article.title)
  })

  it('ignores an author setting author, counters, rating or review status', async () => {
    const token = await api.login(author.email, author.password)
    const created = await api.post<{ doc: { id: number } }>('/api/community-articles', {
      token,
      json: {
        title: 'Author Post',
        summary: 's',
        content: body,
        author: editor.user.id,
        views: 999,
        likes: 999,
        rating: { count: 9, sum: 45, average: 5 },
        reviewStatus: 'published',
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const [row] = await ctx.sql<Record<string, unknown>>(
      `select author_id, views::int as views, likes::int as likes, rating_count::int as rating_count,
              review_status, _status from community_articles where id = $1`,
      [created.body.doc.id],
    )
    expect(row).toEqual({
      author_id: author.user.id,
      views: 0,
      likes: 0,
      rating_count: 0,
      review_status: 'draft',
      _status: 'draft',
    })
  })

  it('does not let an editor write tag counts', async () => {
    const token = await api.login(editor.email, editor.password)
    const tag = await api.post<{ doc: { id: number } }>('/api/tags', {
      token,
      json: { name: 'Counted', counts: { stories: 50 } },
    })
    expect(tag.status).toBe(201)
    const [row] = await ctx.sql<{ counts_stories: number }>(
      'select counts_stories::int as counts_stories from tags where id = $1',
      [tag.body.doc.id],
    )
    expect(row?.counts_stories).toBe(0)
  })
})
