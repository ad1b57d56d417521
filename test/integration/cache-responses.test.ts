import { describe, expect, it } from '@jest/globals'

import type { Story } from '../../payload-types'
import { InvalidationChannel } from '../../src/cache/invalidationChannel'
import { createStory, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { statementsDuring } from '../helpers/statements'
import { createPremiumFixture } from '../helpers/premium'
import { sleep } from '../helpers/faults'
import { createFrontendAccount, createTestUser } from '../helpers/users'

const maxAgeSeconds = 2
const { ctx, api, server } = useTestApp({
  server: { caching: { inProcess: true, maxAgeSeconds, staleWhileRevalidateSeconds: 30 } },
})

type List = { docs: { id: number; title: string; likes?: number; tags?: { name: string }[] }[] }
type TagPage = { counts: { stories: number }; sections: { stories: { docs: { id: number }[] } } }

/** Statements on the stories table (the job runner's polling of other tables does not count). */
const storiesStatementsDuring = async (work: () => Promise<unknown>): Promise<number> =>
  (await statementsDuring(work)).filter((text) => /"stories"/.test(text)).length

const titlesOf = (body: unknown): string[] => (body as List).docs.map((doc) => doc.title)

describe('HTTP caching of anonymous reads', () => {
  it('sends a strong ETag, a CDN-friendly Cache-Control and answers If-None-Match with 304', async () => {
    await createStory(ctx.payload, {}, { publish: true })
    const first = await api.get('/api/stories?limit=5')
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    expect(first.headers.get('cache-control')).toBe(
      `public, max-age=${maxAgeSeconds}, stale-while-revalidate=30`,
    )
    expect(first.headers.get('vary')).toBe('Authorization, Cookie')

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const conditional = await api.get('/api/stories?limit=5', {
        headers: { 'if-none-match': ifNoneMatch },
      })
      expect(conditional.status).toBe(304)
      expect(conditional.text).toBe('')
      expect(conditional.headers.get('etag')).toBe(etag)
    }
    for (const ifNoneMatch of ['"other"', 'garbage', etag.slice(1, -1)]) {
      const full = await api.get('/api/stories?limit=5', {
        headers: { 'if-none-match': ifNoneMatch },
      })
      expect(full.status).toBe(200)
      expect(full.text).toBe(first.text)
    }
  })

  it('marks answers to signed-in callers private, no-store, without an ETag', async () => {
    const reader = await createTestUser(ctx.payload, 'reader')
    const token = await api.login(reader.email, reader.password)
    const response = await api.get('/api/stories?limit=5', { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('etag')).toBeNull()
    const graphql = await api.graphql('{ Stories(limit: 1) { totalDocs } }')
    expect(graphql.headers.get('cache-control')).toBe('private, no-store')
  })

  it('never serves an entitled body to anyone else, nor a teaser to the entitled', async () => {
    const fixture = await createPremiumFixture(ctx.payload, api)
    const path = `/api/lessons/${fixture.lesson.id}`
    const anonymous = await api.get(path)
    expect(anonymous.headers.get('cache-control')).toMatch(/^public/)
    expect(anonymous.text).not.toContain(fixture.markers.lesson)
    const subscriber = await api.get(path, { token: fixture.tokens.premiumReader })
    expect(subscriber.text).toContain(fixture.markers.lesson)
    expect(subscriber.headers.get('cache-control')).toBe('private, no-store')
    const again = await api.get(path)
    expect(again.text).not.toContain(fixture.markers.lesson)
    const cookie = await api.get(path, {
      headers: { cookie: `payload-token=${fixture.tokens.premiumReader ?? ''}` },
    })
    expect(cookie.text).toContain(fixture.markers.lesson)
  })
})

describe('the in-process cache', () => {
  it('drops answers at once on publish, edit, unpublish, delete and tag rename', async () => {
    const tag = await createTag(ctx.payload)
    const list = `/api/stories?where[tags][in]=${tag.id}&depth=1&sort=title`
    expect(titlesOf((await api.get(list)).body)).toEqual([])

    const story = await createStory(
      ctx.payload,
      { title: 'A first', tags: [tag.id] },
      { publish: true },
    )
    expect(titlesOf((await api.get(list)).body)).toEqual(['A first'])

    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: 'A renamed' } })
    expect(titlesOf((await api.get(list)).body)).toEqual(['A renamed'])

    await ctx.payload.update({ collection: 'tags', id: tag.id, data: { name: 'Renamed tag' } })
    const withTag = (await api.get(list)).body as List
    expect(withTag.docs[0]?.tags?.map((t) => t.name)).toEqual(['Renamed tag'])

    await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { _status: 'draft' } as Partial<Story>,
    })
    expect(titlesOf((await api.get(list)).body)).toEqual([])

    await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { _status: 'published' } as Partial<Story>,
    })
    expect(titlesOf((await api.get(list)).body)).toEqual(['A renamed'])
    await ctx.payload.delete({ collection: 'stories', id: story.id })
    expect(titlesOf((await api.get(list)).body)).toEqual([])
  })

  it('keeps a tag page card and count current when a tagged document is published', async () => {
    const tag = await createTag(ctx.payload)
    const page = `/api/tags/${tag.slug}/page`
    const before = (await api.get<TagPage>(page)).body
    const story = await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
    const after = (await api.get<TagPage>(page)).body
    expect(after.counts.stories).toBe(before.counts.stories + 1)
    expect(after.sections.stories.docs.map((doc) => doc.id)).toContain(story.id)
  })

  it('lets counters lag by at most the max age', async () => {
    const story = await createStory(ctx.payload, {}, { publish: true })
    const path = `/api/stories/${story.id}?depth=0`
    expect((await api.get<{ likes: number }>(path)).body.likes).toBe(0)
    await ctx.sql('update stories set likes = 7 where id = $1', [story.id])
    // Counters are written in SQL, not through a hook: the kept answer may be that old.
    expect((await api.get<{ likes: number }>(path)).body.likes).toBe(0)
    await sleep(maxAgeSeconds * 1000 + 100)
    expect((await api.get<{ likes: number }>(path)).body.likes).toBe(7)
  })

  it('computes a cold answer once for 100 concurrent requests', async () => {
    await createStory(ctx.payload, {}, { publish: true })
    const one = await storiesStatementsDuring(() => api.get('/api/stories?limit=3&depth=1'))
    expect(one).toBeGreaterThan(0)
    const statuses: number[] = []
    const hundred = await storiesStatementsDuring(async () => {
      const responses = await Promise.all(
        Array.from({ length: 100 }, () => api.get('/api/stories?limit=4&depth=1')),
      )
      statuses.push(...responses.map((response) => response.status))
    })
    expect(statuses).toEqual(Array.from({ length: 100 }, () => 200))
    expect(hundred).toBe(one)
  })

  it('drops answers when another instance announces a write on the channel', async () => {
    await createStory(ctx.payload, { title: 'Elsewhere before' }, { publish: true })
    const list = '/api/stories?where[title][like]=Elsewhere&depth=0'
    expect(titlesOf((await api.get(list)).body)).toEqual(['Elsewhere before'])
    // Another instance's write: the row changes without this process's hooks seeing it.
    await ctx.sql(`update stories set title = 'Elsewhere after' where title = 'Elsewhere before'`)
    expect(titlesOf((await api.get(list)).body)).toEqual(['Elsewhere before'])

    const other = new InvalidationChannel({
      connectionString: ctx.databaseURL,
      onRemoteWrite: () => undefined,
      onGap: () => undefined,
      onListening: () => undefined,
      onError: () => undefined,
    })
    const { text, values } = other.notice(['stories'])
    const startedAt = Date.now()
    await ctx.sql(text, values)
    let titles: string[] = []
    while (Date.now() - startedAt < 1000) {
      titles = titlesOf((await api.get(list)).body)
      if (titles[0] === 'Elsewhere after') break
      await sleep(20)
    }
    expect(titles).toEqual(['Elsewhere after'])
    expect(server.url).toMatch(/^http/)
  })

  it('answers a frontend API key from the same kept answers as anyone, and computes for it as for anyone', async () => {
    const frontend = await createFrontendAccount(ctx.payload)
    const asFrontend = { headers: { authorization: frontend.token } }
    const story = await createStory(ctx.payload, { title: 'Keyed before' }, { publish: true })
    const path = `/api/stories/${story.id}?depth=0&keyed=1`
    const first = await api.get(path, asFrontend)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toMatch(/^public/)
    expect(first.text).toBe((await api.get(path)).text)
    // Written behind the cache's back: only a kept answer still shows the old title.
    await ctx.sql(`update stories set title = 'Keyed after' where id = $1`, [story.id])
    expect((await api.get<{ title: string }>(path, asFrontend)).body.title).toBe('Keyed before')
    const otherKey = { headers: { authorization: 'users API-Key not-a-key' } }
    // An unknown key is not a frontend: Payload reads for it (as anonymous), live, kept by nobody.
    const unknown = await api.get<{ title: string }>(path, otherKey)
    expect([unknown.status, unknown.body.title]).toEqual([200, 'Keyed after'])
    expect(unknown.headers.get('cache-control')).toBe('private, no-store')
  })
})
