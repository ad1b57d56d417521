import { beforeAll, describe, expect, it } from '@jest/globals'

import type { Tag } from '../../payload-types'
import { answerTagPage } from '../../src/http/tagPageAnswer'
import { tagPageStatements, type TagPage } from '../../src/tagPage'
import {
  createArticle,
  createBundle,
  createLesson,
  createStory,
  createTag,
} from '../helpers/content'
import { statementsDuring, untilDatabaseQuiet } from '../helpers/statements'
import { useTestApp } from '../helpers/fixture'
import { createTestUser, type TestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

let tag: Tag
let other: Tag
let zara: TestUser
let nathan: TestUser

const day = (iso: string) => new Date(`${iso}T12:00:00.000Z`).toISOString()

async function setEngagement(
  table: string,
  id: number,
  values: { views: number; likes: number; ratingCount?: number; ratingAverage?: number },
) {
  const rating =
    values.ratingCount === undefined
      ? ''
      : `, rating_count = ${values.ratingCount}, rating_average = ${values.ratingAverage}, rating_sum = ${(values.ratingAverage ?? 0) * values.ratingCount}`
  await ctx.sql(`UPDATE ${table} SET views = $1, likes = $2${rating} WHERE id = $3`, [
    values.views,
    values.likes,
    id,
  ])
}

beforeAll(async () => {
  const { payload } = ctx
  tag = await payload.create({
    collection: 'tags',
    data: { name: 'Reliability', description: 'Systems that keep working.' } as Tag,
  })
  other = await createTag(payload, 'Monitoring')
  zara = await createTestUser(payload, 'author', { name: 'Zara Kamau', handle: 'zarakamau' })
  nathan = await createTestUser(payload, 'author', {
    name: 'Nathan Rivera',
    handle: 'nathanrivera',
  })

  // Lessons: two core lessons sharing a position (then ordered by title), two system designs.
  await createLesson(
    payload,
    { title: 'Zeta Core', track: 'core', position: 1, tags: [tag.id] },
    { publish: true },
  )
  await createLesson(
    payload,
    { title: 'Alpha Core', track: 'core', position: 1, tags: [tag.id] },
    { publish: true },
  )
  await createLesson(
    payload,
    { title: 'First Core', track: 'core', position: 0, tags: [tag.id] },
    { publish: true },
  )
  const monitoring = await createLesson(
    payload,
    {
      title: 'Monitoring, Logging, Alerting & SLAs',
      summary: 'Observability is what lets you know.',
      track: 'system-design',
      position: 2,
      level: 'intermediate',
      difficulty: 'Medium',
      access: 'premium',
      tags: [other.id, tag.id],
    },
    { publish: true },
  )
  await setEngagement('lessons', monitoring.id, { views: 474, likes: 4 })
  await createLesson(
    payload,
    { title: 'Fault Tolerance', track: 'system-design', position: 1, tags: [tag.id] },
    { publish: true },
  )
  await createLesson(payload, { title: 'Draft Lesson', track: 'system-design', tags: [tag.id] })

  // Community: articles and a bundle interleaved by date.
  const metrics = await createArticle(
    payload,
    {
      title: 'Metrics, Logs, and Traces',
      summary: 'What each pillar actually does.',
      author: zara.user.id,
      publishedAt: day('2026-05-17'),
      tags: [other.id, tag.id],
    },
    { publish: true },
  )
  await setEngagement('community_articles', metrics.id, {
    views: 313,
    likes: 6,
    ratingCount: 9,
    ratingAverage: 4.444444444444445,
  })
  await createArticle(
    payload,
    {
      title: 'Datadog Onsite',
      kind: 'interview-experience',
      author: nathan.user.id,
      publishedAt: day('2026-04-30'),
      tags: [tag.id],
    },
    { publish: true },
  )
  const drill = await createBundle(
    payload,
    {
      title: 'SRE Incident Drill Questions',
      language: 'Python',
      author: nathan.user.id,
      publishedAt: day('2026-05-05'),
      tags: [tag.id],
    },
    { publish: true },
  )
  await setEngagement('question_bundles', drill.id, { views: 827, likes: 26 })
  await createArticle(
    payload,
    { title: 'Old Article', author: zara.user.id, publishedAt: day('2025-12-23'), tags: [tag.id] },
    { publish: true },
  )
  await createArticle(payload, { title: 'Unpublished Article', tags: [tag.id] })
  await createArticle(payload, { title: 'Untagged Article', tags: [other.id] }, { publish: true })

  // Stories, plus one with a pending draft: the published title is what the page shows.
  await createStory(
    payload,
    { title: 'The Cache Stampede', publishedAt: day('2026-01-10'), tags: [tag.id] },
    { publish: true },
  )
  const outage = await createStory(
    payload,
    { title: 'The Region Outage', publishedAt: day('2026-02-10'), tags: [tag.id] },
    { publish: true },
  )
  await payload.update({
    collection: 'stories',
    id: outage.id,
    data: { title: 'Draft Retitle' },
    draft: true,
  })
})

const titles = (page: TagPage, section: keyof TagPage['sections']) =>
  page.sections[section]?.docs.map((card) => card.title)

describe('GET /api/tags/{slug}/page', () => {
  it('answers anonymously with the tag, its counts and every section', async () => {
    const response = await api.get<TagPage>('/api/tags/reliability/page')
    expect(response.status).toBe(200)
    const page = response.body
    expect(Object.keys(page)).toEqual(['tag', 'counts', 'sections'])
    expect(page.tag).toEqual({
      name: 'Reliability',
      slug: 'reliability',
      description: 'Systems that keep working.',
    })
    expect(page.counts).toEqual({
      lessons: 3,
      systemDesigns: 2,
      behavioralInterviews: 0,
      communityItems: 4,
      stories: 2,
    })
    expect(Object.keys(page.sections)).toEqual([
      'lessons',
      'systemDesigns',
      'behavioralInterviews',
      'community',
      'stories',
    ])
    expect(page.sections.lessons?.totalDocs).toBe(3)
    expect(page.sections.systemDesigns?.totalDocs).toBe(2)
    expect(page.sections.behavioralInterviews).toEqual({ totalDocs: 0, docs: [] })
    expect(page.sections.community?.totalDocs).toBe(4)
    expect(page.sections.stories?.totalDocs).toBe(2)
  })

  it('orders lessons by position then title, community and stories by date, newest first', async () => {
    const { body: page } = await api.get<TagPage>('/api/tags/reliability/page')
    expect(titles(page, 'lessons')).toEqual(['First Core', 'Alpha Core', 'Zeta Core'])
    expect(titles(page, 'systemDesigns')).toEqual([
      'Fault Tolerance',
      'Monitoring, Logging, Alerting & SLAs',
    ])
    // Articles and question bundles share one timeline.
    expect(titles(page, 'community')).toEqual([
      'Metrics, Logs, and Traces',
      'SRE Incident Drill Questions',
      'Datadog Onsite',
      'Old Article',
    ])
    expect(titles(page, 'stories')).toEqual(['The Region Outage', 'The Cache Stampede'])
  })

  it('shows each card with exactly the fields of its kind', async () => {
    const { body: page } = await api.get<TagPage>('/api/tags/reliability/page')
    const [metrics, drill, onsite] = page.sections.community?.docs ?? []
    expect(metrics).toEqual({
      id: expect.any(Number),
      collection: 'community-articles',
      kind: 'article',
      title: 'Metrics, Logs, and Traces',
      slug: 'metrics-logs-and-traces',
      summary: 'What each pillar actually does.',
      tags: ['monitoring', 'reliability'],
      access: 'free',
      views: 313,
      likes: 6,
      rating: { average: 4.444444444444445, count: 9 },
      publishedAt: '2026-05-17T12:00:00.000Z',
      author: { handle: 'zarakamau', name: 'Zara Kamau' },
    })
    expect(drill).toMatchObject({
      collection: 'question-bundles',
      kind: 'question-bundle',
      language: 'Python',
      views: 827,
      likes: 26,
      rating: { average: 0, count: 0 },
      author: { handle: 'nathanrivera', name: 'Nathan Rivera' },
    })
    expect(drill).not.toHaveProperty('level')
    expect(onsite.kind).toBe('interview-experience')

    const monitoring = page.sections.systemDesigns?.docs[1]
    expect(monitoring).toEqual({
      id: expect.any(Number),
      collection: 'lessons',
      kind: 'system-design',
      title: 'Monitoring, Logging, Alerting & SLAs',
      slug: 'monitoring-logging-alerting-slas',
      summary: 'Observability is what lets you know.',
      tags: ['monitoring', 'reliability'],
      level: 'intermediate',
      difficulty: 'Medium',
      access: 'premium',
      views: 474,
      likes: 4,
      rating: null,
      publishedAt: expect.any(String),
      author: null,
    })
    expect(page.sections.lessons?.docs[0].kind).toBe('lesson')
    const story = page.sections.stories?.docs[0]
    expect(story).toMatchObject({ collection: 'stories', kind: 'story', author: null })
    // A card never carries a body, premium or not.
    expect(JSON.stringify(page)).not.toContain('"content"')
  })

  it('lists only published documents, in their published state', async () => {
    const response = await api.get<TagPage>('/api/tags/reliability/page')
    const all = Object.values(response.body.sections).flatMap((section) => section.docs)
    const shown = all.map((card) => card.title)
    expect(shown).not.toContain('Draft Lesson')
    expect(shown).not.toContain('Unpublished Article')
    expect(shown).not.toContain('Untagged Article')
    expect(shown).not.toContain('Draft Retitle')
  })

  it('limits every section with ?limit= and keeps the totals', async () => {
    const { body: page } = await api.get<TagPage>('/api/tags/reliability/page?limit=1')
    expect(titles(page, 'lessons')).toEqual(['First Core'])
    expect(titles(page, 'community')).toEqual(['Metrics, Logs, and Traces'])
    expect(page.sections.community?.totalDocs).toBe(4)
    expect(page.sections.lessons?.totalDocs).toBe(3)
  })

  it('pages one section with ?section=&page=, returning only that section', async () => {
    const second = await api.get<TagPage>(
      '/api/tags/reliability/page?section=community&limit=2&page=2',
    )
    expect(second.status).toBe(200)
    expect(Object.keys(second.body.sections)).toEqual(['community'])
    expect(second.body.sections.community).toMatchObject({ totalDocs: 4 })
    expect(titles(second.body, 'community')).toEqual(['Datadog Onsite', 'Old Article'])
    expect(second.body.counts.communityItems).toBe(4)

    const beyond = await api.get<TagPage>(
      '/api/tags/reliability/page?section=community&limit=2&page=3',
    )
    expect(beyond.body.sections).toEqual({ community: { totalDocs: 4, docs: [] } })

    const empty = await api.get<TagPage>('/api/tags/reliability/page?section=behavioralInterviews')
    expect(empty.body.sections).toEqual({ behavioralInterviews: { totalDocs: 0, docs: [] } })
  })

  it.each([
    ['limit=0', 'limit must be an integer from 1 to 100'],
    ['limit=101', 'limit must be an integer from 1 to 100'],
    ['limit=-5', 'limit must be an integer from 1 to 100'],
    ['limit=2.5', 'limit must be an integer from 1 to 100'],
    ['limit=abc', 'limit must be an integer from 1 to 100'],
    ['section=videos', 'section must be one of lessons, systemDesigns'],
    ['section=community&page=0', 'page must be an integer from 1 to'],
    ['section=community&page=x', 'page must be an integer from 1 to'],
    ['page=2', 'page pages one section'],
  ])('answers 400 to ?%s', async (query, message) => {
    const response = await api.get<{ errors: { message: string }[] }>(
      `/api/tags/reliability/page?${query}`,
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain(message)
    expect(response.text).not.toMatch(/at .*\.ts:\d+/)
  })

  it('answers 404 to an unknown slug', async () => {
    const response = await api.get<{ errors: { message: string }[] }>('/api/tags/no-such-tag/page')
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toContain('no-such-tag')
  })

  it("answers anonymous callers (the host's own route) exactly as the plugin's endpoint", async () => {
    const token = await api.login(zara.email, zara.password)
    for (const path of [
      '/api/tags/reliability/page',
      '/api/tags/reliability/page?limit=1&section=lessons&page=2',
      '/api/tags/reliability/page?limit=0',
      '/api/tags/reliability/page?section=nope',
      '/api/tags/no-such-tag/page',
      '/api/tags/%E2%9C%93/page',
    ]) {
      const anonymous = await api.get(path)
      const signedIn = await api.get(path, { token })
      expect({ path, status: anonymous.status }).toEqual({ path, status: signedIn.status })
      expect(anonymous.text).toBe(signedIn.text)
      expect(anonymous.headers.get('content-type')).toBe(signedIn.headers.get('content-type'))
      // The host's route itself, called directly, answers the same.
      const direct = await answerTagPage(
        ctx.payload,
        new URL(path, 'http://host').pathname.slice(4),
        path,
      )
      expect({ path, status: direct?.status }).toEqual({ path, status: signedIn.status })
      expect(direct?.body.toString()).toBe(signedIn.text)
    }
    expect(await answerTagPage(ctx.payload, '/stories', '/api/stories')).toBeUndefined()
  })

  it('answers a tag no published document carries with zero counts and empty sections', async () => {
    const quiet = await createTag(ctx.payload, 'Quiet Corner')
    const response = await api.get<TagPage>(`/api/tags/${quiet.slug}/page`)
    expect(response.status).toBe(200)
    expect(response.body.tag).toEqual({ name: 'Quiet Corner', slug: quiet.slug, description: null })
    expect(Object.values(response.body.counts)).toEqual([0, 0, 0, 0, 0])
    for (const section of Object.values(response.body.sections)) {
      expect(section).toEqual({ totalDocs: 0, docs: [] })
    }
  })
})

describe('GraphQL TagPage', () => {
  const query = `query ($slug: String!, $limit: Int, $section: TagPageSectionName, $page: Int) {
    TagPage(slug: $slug, limit: $limit, section: $section, page: $page) {
      tag { name slug description }
      counts { lessons systemDesigns behavioralInterviews communityItems stories }
      sections {
        lessons { totalDocs docs { id title } }
        community { totalDocs docs {
          id collection kind title slug summary tags level difficulty access language
          views likes rating { average count } publishedAt author { handle name }
        } }
      }
    }
  }`

  it('answers the same page as REST', async () => {
    const rest = await api.get<TagPage>('/api/tags/reliability/page?limit=3')
    const response = await api.graphql<{ TagPage: TagPage }>(query, {
      slug: 'reliability',
      limit: 3,
    })
    expect(response.body.errors).toBeUndefined()
    const page = response.body.data?.TagPage
    expect(page?.tag).toEqual(rest.body.tag)
    expect(page?.counts).toEqual(rest.body.counts)
    const restCommunity = rest.body.sections.community?.docs.map((card) => ({
      level: null,
      difficulty: null,
      language: null,
      ...card,
    }))
    expect(page?.sections.community?.docs).toEqual(restCommunity)
    expect(page?.sections.lessons?.docs.map((card) => card.title)).toEqual(
      titles(rest.body, 'lessons'),
    )
  })

  it('pages one section and leaves the others null', async () => {
    const response = await api.graphql<{ TagPage: TagPage }>(query, {
      slug: 'reliability',
      section: 'community',
      limit: 2,
      page: 2,
    })
    expect(response.body.data?.TagPage.sections.lessons).toBeNull()
    expect(titles(response.body.data!.TagPage, 'community')).toEqual([
      'Datadog Onsite',
      'Old Article',
    ])
  })

  it('reports a bad limit as 400 and an unknown slug as 404', async () => {
    const bad = await api.graphql(query, { slug: 'reliability', limit: 500 })
    expect(bad.body.errors?.[0].extensions?.statusCode).toBe(400)
    expect(bad.body.errors?.[0].message).toContain('limit must be an integer')
    const missing = await api.graphql(query, { slug: 'nope' })
    expect(missing.body.errors?.[0].extensions?.statusCode).toBe(404)
  })
})

describe('tag page cost', () => {
  it(`answers in ${tagPageStatements} SQL statements however many documents carry the tag`, async () => {
    const crowded = await createTag(ctx.payload, 'Crowded')
    const load = () => api.get<TagPage>('/api/tags/crowded/page?limit=100')
    await createArticle(ctx.payload, { tags: [crowded.id] }, { publish: true })
    await untilDatabaseQuiet()
    const few = await statementsDuring(load)

    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? createLesson(ctx.payload, { tags: [crowded.id], track: 'core' }, { publish: true })
          : i % 3 === 1
            ? createBundle(ctx.payload, { tags: [crowded.id] }, { publish: true })
            : createStory(ctx.payload, { tags: [crowded.id] }, { publish: true }),
      ),
    )
    let page: TagPage | undefined
    await untilDatabaseQuiet()
    const many = await statementsDuring(async () => {
      page = (await load()).body
    })
    expect(page?.sections.community?.totalDocs).toBe(11)
    expect(page?.sections.stories?.docs).toHaveLength(10)
    expect(few).toHaveLength(tagPageStatements)
    expect(many).toHaveLength(tagPageStatements)
  })
})
