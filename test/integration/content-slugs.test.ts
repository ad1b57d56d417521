import { beforeAll, describe, expect, it } from '@jest/globals'

import { lexicalParagraphs } from '../../src/content/lexical'
import { createArticle, createLesson, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { createTestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

let editorToken: string
let adminToken: string

beforeAll(async () => {
  const editor = await createTestUser(ctx.payload, 'editor')
  const admin = await createTestUser(ctx.payload, 'admin')
  editorToken = await api.login(editor.email, editor.password)
  adminToken = await api.login(admin.email, admin.password)
})

type Errors = { errors: { message: string; data?: { errors?: { path: string }[] } }[] }

const taken = (slug: string, collection: string) =>
  `slug "${slug}" is already used by another ${collection} document`

const lessonJSON = (title: string) => ({
  title,
  summary: 'A lesson.',
  track: 'core',
  content: lexicalParagraphs('Body.'),
})

const stored = async (table: string, slug: string): Promise<number> =>
  (
    await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE slug = $1`, [slug])
  )[0].n

describe('a taken slug over REST', () => {
  it('answers 400 naming the slug and the field, on create', async () => {
    await createLesson(ctx.payload, { title: 'Circuit Breakers' }, { publish: true })
    const response = await api.post<Errors>('/api/lessons', {
      token: editorToken,
      json: lessonJSON('Circuit Breakers'),
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(taken('circuit-breakers', 'lessons'))
    expect(response.body.errors[0].data?.errors?.[0].path).toBe('slug')
    expect(await stored('lessons', 'circuit-breakers')).toBe(1)
  })

  it('answers 400 when an admin renames a published document onto a taken slug', async () => {
    await createArticle(ctx.payload, { title: 'Retries' }, { publish: true })
    const other = await createArticle(ctx.payload, { title: 'Backoff' }, { publish: true })
    const response = await api.patch<Errors>(`/api/community-articles/${other.id}`, {
      token: adminToken,
      json: { slug: 'retries' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(taken('retries', 'community-articles'))
    const [row] = await ctx.sql<{ slug: string }>(
      'SELECT slug FROM community_articles WHERE id = $1',
      [other.id],
    )
    expect(row.slug).toBe('backoff')
  })

  it('keeps slugs unique per collection only: a lesson and an article may share one', async () => {
    await createLesson(ctx.payload, { title: 'Idempotency' }, { publish: true })
    const article = await createArticle(ctx.payload, { title: 'Idempotency' }, { publish: true })
    expect(article.slug).toBe('idempotency')
  })

  it('applies to tags too', async () => {
    await createTag(ctx.payload, 'Queues')
    const response = await api.post<Errors>('/api/tags', {
      token: editorToken,
      json: { name: 'Queues' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(taken('queues', 'tags'))
  })

  it('answers concurrent creates of one title with one 201 and 400s naming the slug', async () => {
    for (const title of ['Thundering Herd', 'Split Brain', 'Clock Skew']) {
      const create = () =>
        api.post<Errors>('/api/lessons', { token: editorToken, json: lessonJSON(title) })
      const responses = await Promise.all(Array.from({ length: 6 }, create))
      const slug = title.toLowerCase().replace(/ /g, '-')
      expect(responses.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400])
      for (const response of responses.filter((r) => r.status === 400)) {
        expect(response.body.errors[0].message).toBe(taken(slug, 'lessons'))
      }
      expect(await stored('lessons', slug)).toBe(1)
    }
  })
})

describe('a taken slug over GraphQL', () => {
  const createMutation = `mutation ($slug: String!) {
    createLesson(data: {
      title: "Bulkheads", slug: $slug, summary: "A lesson.", track: core, content: { root: {
        type: "root", version: 1, direction: "ltr", format: "", indent: 0,
        children: [{ type: "paragraph", version: 1, direction: "ltr", format: "", indent: 0,
          children: [{ type: "text", text: "Body.", version: 1, detail: 0, format: 0,
            mode: "normal", style: "" }] }] } },
      level: beginner, difficulty: Easy, position: 0, access: free, reviewStatus: draft
    }) { id slug }
  }`

  it('answers create with a 400 error naming the slug', async () => {
    await createLesson(ctx.payload, { title: 'Bulkheads' }, { publish: true })
    const response = await api.graphql(createMutation, { slug: 'bulkheads' }, editorToken)
    expect(response.body.errors?.[0].message).toBe(taken('bulkheads', 'lessons'))
    expect(response.body.errors?.[0].extensions?.statusCode).toBe(400)
    expect(await stored('lessons', 'bulkheads')).toBe(1)
  })

  it('answers update with a 400 error naming the slug, draft saves included', async () => {
    await createLesson(ctx.payload, { title: 'Timeouts' }, { publish: true })
    const other = await createLesson(ctx.payload, { title: 'Deadlines' }, { publish: true })
    const response = await api.graphql(
      `mutation ($id: Int!) { updateLesson(id: $id, data: { slug: "timeouts" }) { id slug } }`,
      { id: other.id },
      editorToken,
    )
    expect(response.body.errors?.[0].message).toBe(taken('timeouts', 'lessons'))
    expect(response.body.errors?.[0].extensions?.statusCode).toBe(400)
    const versions = await ctx.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM _lessons_v WHERE parent_id = $1 AND version_slug = 'timeouts'`,
      [other.id],
    )
    expect(versions[0].n).toBe(0)
  })
})

describe('server-filled fields are optional in GraphQL create inputs', () => {
  it('creates a lesson with only what a client must give (slug, access, review state, level, difficulty, position filled)', async () => {
    const response = await api.graphql<{
      createLesson: {
        slug: string
        access: string
        reviewStatus: string
        level: string
        position: number
      }
    }>(
      `mutation {
        createLesson(data: {
          title: "Backpressure Basics", summary: "A lesson.", track: core, content: { root: {
            type: "root", version: 1, direction: "ltr", format: "", indent: 0,
            children: [{ type: "paragraph", version: 1, direction: "ltr", format: "", indent: 0,
              children: [{ type: "text", text: "Body.", version: 1, detail: 0, format: 0,
                mode: "normal", style: "" }] }] } }
        }) { slug access reviewStatus level position }
      }`,
      {},
      editorToken,
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.createLesson).toEqual({
      slug: 'backpressure-basics',
      access: 'free',
      reviewStatus: 'draft',
      level: 'beginner',
      position: 0,
    })
  })
})

describe('duplicating a document', () => {
  it('gives each copy the next free slug, so duplicating twice works', async () => {
    const lesson = await createLesson(ctx.payload, { title: 'Copy Me' })
    const duplicate = () =>
      api.post<{ doc: { id: number; slug: string } }>(`/api/lessons/${lesson.id}/duplicate`, {
        token: editorToken,
        json: {},
      })
    const first = await duplicate()
    const second = await duplicate()
    expect([first.status, second.status]).toEqual([200, 200])
    expect([first.body.doc.slug, second.body.doc.slug]).toEqual(['copy-me-copy', 'copy-me-copy-2'])
    const fromCopy = await api.post<{ doc: { slug: string } }>(
      `/api/lessons/${first.body.doc.id}/duplicate`,
      { token: editorToken, json: {} },
    )
    expect(fromCopy.status).toBe(200)
    expect(fromCopy.body.doc.slug).toBe('copy-me-copy-3')
  })
})
