import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle, createLesson } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { createTestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

let readerToken: string
let editorToken: string

/** Text that exists only in unpublished states: any response containing it leaked a draft. */
const marker = `DRAFTONLY${randomBytes(4).toString('hex')}`
let draftLesson: { id: number; versionId: number }
let liveArticle: { id: number; title: string; draftVersionId: number }

beforeAll(async () => {
  const reader = await createTestUser(ctx.payload, 'reader')
  readerToken = await api.login(reader.email, reader.password)
  const editor = await createTestUser(ctx.payload, 'editor')
  editorToken = await api.login(editor.email, editor.password)

  await createLesson(ctx.payload, { title: 'A Published Lesson' }, { publish: true })
  const lesson = await createLesson(ctx.payload, { title: `Never Published ${marker}` })
  const [lessonVersion] = await ctx.sql<{ id: number }>(
    'SELECT id FROM _lessons_v WHERE parent_id = $1',
    [lesson.id],
  )
  draftLesson = { id: lesson.id, versionId: lessonVersion.id }

  // A live article with a newer, unpublished revision.
  const article = await createArticle(ctx.payload, { title: 'Live Title' }, { publish: true })
  await ctx.payload.update({
    collection: 'community-articles',
    id: article.id,
    draft: true,
    data: { title: `Pending Title ${marker}` },
  })
  const [latest] = await ctx.sql<{ id: number }>(
    'SELECT id FROM _community_articles_v WHERE parent_id = $1 ORDER BY id DESC LIMIT 1',
    [article.id],
  )
  liveArticle = { id: article.id, title: article.title, draftVersionId: latest.id }
})

/** REST reads that reach drafts or versions when access lets them. */
const restProbes = () => [
  `/api/lessons?where[id][equals]=${draftLesson.id}`,
  `/api/lessons?draft=true&limit=100`,
  `/api/lessons/${draftLesson.id}?draft=true`,
  `/api/community-articles/${liveArticle.id}?draft=true`,
  `/api/community-articles?draft=true&limit=100`,
  '/api/lessons/versions',
  `/api/lessons/versions/${draftLesson.versionId}`,
  '/api/community-articles/versions?limit=100',
  `/api/community-articles/versions/${liveArticle.draftVersionId}`,
]

/** GraphQL reads that reach drafts or versions when access lets them. */
const graphQLProbes = () => [
  `{ Lessons(where: { id: { equals: ${draftLesson.id} } }) { docs { id title } } }`,
  `{ Lessons(draft: true, limit: 100) { docs { id title } } }`,
  `{ Lesson(id: ${draftLesson.id}) { id title } }`,
  `{ Lesson(id: ${draftLesson.id}, draft: true) { id title } }`,
  `{ CommunityArticle(id: ${liveArticle.id}, draft: true) { title } }`,
  `{ CommunityArticles(draft: true, limit: 100) { docs { title } } }`,
  `{ versionsLessons(limit: 100) { docs { id version { title } } } }`,
  `{ versionLesson(id: ${draftLesson.versionId}) { id version { title } } }`,
  `{ versionsCommunityArticles(limit: 100) { docs { version { title } } } }`,
  `{ versionCommunityArticle(id: ${liveArticle.draftVersionId}) { version { title } } }`,
]

const callers = [
  ['an anonymous client', () => undefined],
  ['a signed-in reader', () => readerToken],
] as const

describe('an editor (the control: these probes do reach drafts)', () => {
  it('sees the unpublished text through every REST and GraphQL probe', async () => {
    for (const path of restProbes()) {
      const response = await api.get(path, { token: editorToken })
      expect({ path, found: response.text.includes(marker) }).toEqual({ path, found: true })
    }
    for (const query of graphQLProbes()) {
      const response = await api.graphql(query, undefined, editorToken)
      expect({ query, found: response.text.includes(marker) }).toEqual({ query, found: true })
    }
  })
})

describe.each(callers)('%s', (_name, token) => {
  it('never gets a draft over REST: find, findByID, count, draft=true', async () => {
    const paths = [
      `/api/lessons?where[id][equals]=${draftLesson.id}`,
      `/api/lessons?draft=true&where[id][equals]=${draftLesson.id}`,
      `/api/lessons?draft=true&limit=100`,
      `/api/community-articles?draft=true&limit=100`,
      `/api/community-articles/${liveArticle.id}?draft=true`,
    ]
    for (const path of paths) {
      const response = await api.get(path, { token: token() })
      expect({ path, status: response.status }).toEqual({ path, status: 200 })
      expect(response.text).not.toContain(marker)
    }
    for (const path of [
      `/api/lessons/${draftLesson.id}`,
      `/api/lessons/${draftLesson.id}?draft=true`,
    ]) {
      const response = await api.get(path, { token: token() })
      expect({ path, status: response.status }).toEqual({ path, status: 404 })
      expect(response.text).not.toContain(marker)
    }
    const count = await api.get<{ totalDocs: number }>('/api/lessons/count?draft=true', {
      token: token(),
    })
    expect(count.body.totalDocs).toBe(1)
    const live = await api.get<{ title: string }>(
      `/api/community-articles/${liveArticle.id}?draft=true`,
      { token: token() },
    )
    expect(live.body.title).toBe('Live Title')
  })

  it('is refused every version over REST', async () => {
    const paths = [
      '/api/lessons/versions',
      `/api/lessons/versions/${draftLesson.versionId}`,
      '/api/community-articles/versions?limit=100',
      `/api/community-articles/versions/${liveArticle.draftVersionId}`,
    ]
    for (const path of paths) {
      const response = await api.get(path, { token: token() })
      expect({ path, refused: [401, 403, 404].includes(response.status) }).toEqual({
        path,
        refused: true,
      })
      expect(response.text).not.toContain(marker)
    }
  })

  it('never gets a draft or a version over GraphQL', async () => {
    for (const query of graphQLProbes()) {
      const response = await api.graphql(query, undefined, token())
      expect({ query, leaked: response.text.includes(marker) }).toEqual({ query, leaked: false })
    }
    const count = await api.graphql<{ countLessons: { totalDocs: number } }>(
      '{ countLessons(draft: true) { totalDocs } }',
      undefined,
      token(),
    )
    expect(count.body.data?.countLessons.totalDocs).toBe(1)
    const versions = await api.graphql('{ versionsLessons { docs { id } } }', undefined, token())
    expect(versions.body.errors?.[0].extensions?.statusCode).toBe(403)
    const live = await api.graphql<{ CommunityArticle: { title: string } }>(
      `{ CommunityArticle(id: ${liveArticle.id}, draft: true) { title } }`,
      undefined,
      token(),
    )
    expect(live.body.data?.CommunityArticle.title).toBe('Live Title')
  })
})
