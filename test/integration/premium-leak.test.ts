import { beforeAll, describe, expect, it } from '@jest/globals'

import {
  createPremiumFixture,
  entitled,
  lockedOut,
  type Caller,
  type PremiumFixture,
} from '../helpers/premium'
import { useTestApp } from '../helpers/fixture'
import { graphqlProbes } from '../helpers/premiumGraphqlProbes'
import { isRefusal, restProbes, type Probe } from '../helpers/premiumProbes'

const { ctx, api } = useTestApp()

let f: PremiumFixture

beforeAll(async () => {
  f = await createPremiumFixture(ctx.payload, api)
})

const allMarkers = () => Object.values(f.markers)

/** Runs every probe as `caller`; returns the probes whose raw response holds any marker. */
async function leaks(probes: Probe[], caller: Caller): Promise<string[]> {
  const leaked: string[] = []
  for (const probe of probes) {
    const response = await probe.run(api, f.tokens[caller])
    if (response.status >= 500) leaked.push(`${probe.name}: status ${response.status}`)
    const found = allMarkers().filter((marker) => response.text.includes(marker))
    if (found.length > 0) leaked.push(`${probe.name}: ${found.join(', ')}`)
  }
  return leaked
}

interface LessonBody {
  content: unknown
  locked: boolean
  teaser: unknown
  access: string
}

describe('a premium body never reaches a caller who is not entitled', () => {
  it.each(lockedOut)('as %s, no REST path returns a gated body or solution', async (caller) => {
    expect(await leaks(restProbes(f), caller)).toEqual([])
  })

  it.each(lockedOut)('as %s, no GraphQL query returns a gated body or solution', async (caller) => {
    expect(await leaks(graphqlProbes(f), caller)).toEqual([])
  })

  it.each(lockedOut)('as %s, reads the lesson as locked with its teaser', async (caller) => {
    const response = await api.get<LessonBody>(`/api/lessons/${f.lesson.id}`, {
      token: f.tokens[caller],
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ access: 'premium', locked: true, content: null })
    expect(JSON.stringify(response.body.teaser)).toContain(f.teaserText)
  })

  it.each(lockedOut)('as %s, reads bundle questions without solutions', async (caller) => {
    const response = await api.get<{ questions: Record<string, unknown>[]; locked: boolean }>(
      `/api/question-bundles/${f.bundle.id}`,
      { token: f.tokens[caller] },
    )
    expect(response.status).toBe(200)
    expect(response.body.locked).toBe(true)
    expect(response.body.questions).toEqual([
      expect.objectContaining({ prompt: 'Find the cycle.', solution: null }),
    ])
  })

  it.each(lockedOut)(
    'as %s, the tag page lists the premium documents as cards only',
    async (caller) => {
      const response = await api.get(`/api/tags/${f.tag.slug}/page`, { token: f.tokens[caller] })
      expect(response.status).toBe(200)
      expect(response.text).toContain(f.lesson.title)
      expect(response.text).toContain(f.bundle.title)
      expect(allMarkers().filter((marker) => response.text.includes(marker))).toEqual([])
    },
  )

  it.each(lockedOut)('as %s, filtering or sorting on gated fields answers 400', async (caller) => {
    const token = f.tokens[caller]
    const paths = [
      `/api/lessons?where[content][like]=${f.markers.lesson}`,
      `/api/lessons?where[content.root.children.children.text][like]=${f.markers.lesson}`,
      `/api/lessons?where[or][0][content][exists]=true`,
      '/api/lessons?sort=content',
      '/api/lessons?sort=-content',
      `/api/lessons/count?where[content][like]=${f.markers.lesson}`,
      `/api/question-bundles?where[questions.solution][like]=${f.markers.solution}`,
      '/api/question-bundles?sort=questions.solution',
      `/api/ratings?where[item.content][like]=${f.markers.bundle}`,
    ]
    const statuses = await Promise.all(
      paths.map(async (path) => (await api.get(path, { token })).status),
    )
    expect(statuses).toEqual(paths.map(() => 400))
  })
})

describe('entitled readers get the full body on the same paths', () => {
  it('as an editor, every probe that can carry a body does, and every refused query is a 400', async () => {
    const wrong: string[] = []
    for (const probe of [...restProbes(f), ...graphqlProbes(f)]) {
      const response = await probe.run(api, f.tokens.editor)
      const carries = allMarkers().some((marker) => response.text.includes(marker))
      if (probe.forEditor === 'body' && !carries)
        wrong.push(`${probe.name}: no body (${response.status})`)
      if (probe.forEditor === 'refused' && !isRefusal(response)) {
        wrong.push(`${probe.name}: not refused (${response.status})`)
      }
    }
    expect(wrong).toEqual([])
  })

  it.each(entitled)('as %s, reads the lesson unlocked with its body', async (caller) => {
    const response = await api.get<LessonBody>(`/api/lessons/${f.lesson.id}`, {
      token: f.tokens[caller],
    })
    expect(response.body.locked).toBe(false)
    expect(response.text).toContain(f.markers.lesson)
  })

  it.each(entitled)(
    'as %s, sees bodies and solutions in lists, population and GraphQL',
    async (caller) => {
      const token = f.tokens[caller]
      const list = await api.get('/api/question-bundles?limit=100', { token })
      const likes = await api.get('/api/likes?depth=3&limit=100', { token })
      const story = await api.get(`/api/stories/${f.story.id}?depth=3`, { token })
      const graphql = await api.graphql(
        `query ($id: Int!) { a: Lesson(id: $id) { body: content } }`,
        { id: f.lesson.id },
        token,
      )
      expect(list.text).toContain(f.markers.solution)
      expect(likes.text).toContain(f.markers.lesson)
      expect(story.text).toContain(f.markers.lesson)
      expect(graphql.text).toContain(f.markers.lesson)
    },
  )

  it('the bundle author reads their own solutions without a subscription', async () => {
    const response = await api.get(`/api/question-bundles/${f.bundle.id}`, {
      token: f.tokens.bundleAuthor,
    })
    expect(response.body).toMatchObject({ locked: false })
    expect(response.text).toContain(f.markers.solution)
  })

  it('an editor reads the newer draft and every version', async () => {
    const token = f.tokens.editor
    const draft = await api.get(`/api/lessons/${f.lesson.id}?draft=true`, { token })
    const versions = await api.get(`/api/lessons/versions?where[parent][equals]=${f.lesson.id}`, {
      token,
    })
    expect(draft.text).toContain(f.markers.lessonDraft)
    expect(versions.text).toContain(f.markers.lesson)
    expect(versions.text).toContain(f.markers.lessonDraft)
  })
})

describe('versions', () => {
  it("an author cannot list or open versions of another author's premium document", async () => {
    const token = f.tokens.otherAuthor
    const list = await api.get<{ docs: unknown[] }>('/api/community-articles/versions?limit=100', {
      token,
    })
    const one = await api.get(`/api/community-articles/versions/${f.articleVersionId}`, { token })
    expect(list.status).toBe(200)
    expect(list.text).not.toContain(f.markers.article)
    // Payload answers 403 for a version outside a where-shaped readVersions rule.
    expect([403, 404]).toContain(one.status)
  })

  it('version documents carry no body for a locked reader even if readVersions let them in', async () => {
    // Field gating applies inside `version`, independently of the versions access rule.
    const config = ctx.payload.collections.lessons.config
    const readVersions = config.access.readVersions
    config.access.readVersions = () => true
    try {
      const list = await api.get<{ docs: { version: LessonBody }[] }>(
        `/api/lessons/versions?where[parent][equals]=${f.lesson.id}`,
        { token: f.tokens.freeReader },
      )
      const one = await api.get<{ version: LessonBody }>(
        `/api/lessons/versions/${f.lessonVersionId}`,
        { token: f.tokens.freeReader },
      )
      expect(list.body.docs.length).toBeGreaterThan(1)
      expect(list.body.docs.map((doc) => doc.version.content)).toEqual(
        list.body.docs.map(() => null),
      )
      expect(one.body.version).toMatchObject({ locked: true, content: null })
      expect(`${list.text}${one.text}`).not.toContain(f.markers.lesson)
      expect(`${list.text}${one.text}`).not.toContain(f.markers.lessonDraft)
    } finally {
      config.access.readVersions = readVersions
    }
  })
})

describe('gated fields are not queryable and not copyable', () => {
  it('filtering or sorting on the body is bad input (400) even for an editor, never a 500', async () => {
    const token = f.tokens.editor
    const like = await api.get(`/api/lessons?where[content][like]=${f.markers.lesson}`, { token })
    const sort = await api.get('/api/lessons?sort=content', { token })
    const teaser = await api.get('/api/lessons?where[teaser][like]=x', { token })
    const graphql = await api.graphql(
      `{ Lessons(where: { content: { like: "${f.markers.lesson}" } }) { docs { id } } }`,
      undefined,
      token,
    )
    expect([like.status, sort.status, teaser.status]).toEqual([400, 400, 400])
    expect(graphql.body.errors?.[0]?.extensions?.statusCode).toBe(400)
  })

  it('another author cannot duplicate a premium document they may not read', async () => {
    const response = await api.post(`/api/community-articles/${f.article.id}/duplicate`, {
      token: f.tokens.otherAuthor,
      json: {},
    })
    expect(response.status).toBe(403)
    expect(response.text).not.toContain(f.markers.article)
    const copies = await ctx.sql<{ n: string }>(
      `select count(*) as n from community_articles where author_id = $1`,
      [f.ids.otherAuthor],
    )
    expect(Number(copies[0].n)).toBe(1)
  })

  it('the admin list and edit views (Local API as the user) get no body either', async () => {
    const user = {
      ...(await ctx.payload.findByID({ collection: 'users', id: f.ids.otherAuthor })),
      collection: 'users' as const,
    }
    const found = await ctx.payload.find({
      collection: 'community-articles',
      user,
      overrideAccess: false,
      depth: 2,
    })
    const one = await ctx.payload.findByID({
      collection: 'community-articles',
      id: f.article.id,
      user,
      overrideAccess: false,
      depth: 2,
    })
    expect(JSON.stringify([found, one])).not.toContain(f.markers.article)
    expect(one).toMatchObject({ locked: true, content: null })
  })
})
