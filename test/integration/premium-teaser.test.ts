import { describe, expect, it } from '@jest/globals'

import type { Lesson } from '../../payload-types'
import { lexicalFromBlocks } from '../../src/content/lexical'
import type { SeedBlock } from '../../src/seed/data/blocks'
import { createArticle, createLesson, createStory } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { createTestUser } from '../helpers/users'

const { ctx, api } = useTestApp()

const body = (...blocks: SeedBlock[]) => lexicalFromBlocks(blocks) as unknown as Lesson['content']
const p = (text: string): SeedBlock => ({ type: 'p', text })
const texts = (state: unknown): string[] =>
  (
    (state as { root: { children: { type: string; children?: { text?: string }[] }[] } }).root
      ?.children ?? []
  ).map((node) => `${node.type}:${(node.children ?? []).map((c) => c.text).join('')}`)

interface Read {
  content: unknown
  teaser: unknown
  locked: boolean
}

async function storedTeaser(table: string, id: number): Promise<unknown> {
  const rows = await ctx.sql<{ teaser: unknown }>(`select teaser from ${table} where id = $1`, [id])
  return rows[0].teaser
}

describe('the teaser', () => {
  it('is the body up to the first horizontal rule, stored and served to locked readers', async () => {
    const lesson = await createLesson(
      ctx.payload,
      {
        access: 'premium',
        content: body(
          { type: 'h2', text: 'Why' },
          p('One.'),
          p('Two.'),
          p('Three.'),
          { type: 'hr' },
          p('Hidden.'),
        ),
      },
      { publish: true },
    )
    const expected = ['heading:Why', 'paragraph:One.', 'paragraph:Two.', 'paragraph:Three.']
    expect(texts(await storedTeaser('lessons', lesson.id))).toEqual(expected)

    const response = await api.get<Read>(`/api/lessons/${lesson.id}`)
    expect(response.body).toMatchObject({ locked: true, content: null })
    expect(texts(response.body.teaser)).toEqual(expected)
    expect(response.text).not.toContain('Hidden.')
  })

  it('without a rule, is the first two non-empty paragraphs', async () => {
    const lesson = await createLesson(
      ctx.payload,
      {
        access: 'premium',
        content: body(
          { type: 'h2', text: 'Intro' },
          p(''),
          p('First.'),
          { type: 'ul', items: ['A point.'] },
          p('Second.'),
          p('Third, for subscribers.'),
        ),
      },
      { publish: true },
    )
    const response = await api.get<Read>(`/api/lessons/${lesson.id}`)
    expect(texts(response.body.teaser)).toEqual(['paragraph:First.', 'paragraph:Second.'])
    expect(response.text).not.toContain('Third, for subscribers.')
  })

  it('follows edits of the body and survives edits that leave the body alone', async () => {
    const lesson = await createLesson(
      ctx.payload,
      { access: 'premium', content: body(p('Old opening.'), { type: 'hr' }, p('Rest.')) },
      { publish: true },
    )
    await ctx.payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { content: body(p('New opening.'), { type: 'hr' }, p('Rest.')) },
    })
    expect(texts(await storedTeaser('lessons', lesson.id))).toEqual(['paragraph:New opening.'])
    await ctx.payload.update({ collection: 'lessons', id: lesson.id, data: { title: 'Renamed' } })
    expect(texts(await storedTeaser('lessons', lesson.id))).toEqual(['paragraph:New opening.'])
  })

  it('is derived for stories and community articles as well', async () => {
    const story = await createStory(
      ctx.payload,
      { access: 'premium', content: body(p('Story opening.'), { type: 'hr' }, p('Story rest.')) },
      { publish: true },
    )
    const article = await createArticle(
      ctx.payload,
      { access: 'premium', content: body(p('A.'), p('B.'), p('C.')) },
      { publish: true },
    )
    const storyRead = await api.get<Read>(`/api/stories/${story.id}`)
    const articleRead = await api.get<Read>(`/api/community-articles/${article.id}`)
    expect(storyRead.body.locked).toBe(true)
    expect(texts(storyRead.body.teaser)).toEqual(['paragraph:Story opening.'])
    expect(articleRead.body.content).toBeNull()
    expect(texts(articleRead.body.teaser)).toEqual(['paragraph:A.', 'paragraph:B.'])
  })
})

describe('free documents', () => {
  it('are never locked: every reader gets the full body, on every path', async () => {
    const lesson = await createLesson(
      ctx.payload,
      { access: 'free', content: body(p('Free one.'), p('Free two.'), p('Free three.')) },
      { publish: true },
    )
    const reads = await Promise.all([
      api.get<Read>(`/api/lessons/${lesson.id}`),
      api.get<Read>(`/api/lessons/${lesson.id}?select[content]=true`),
      api.get<{ docs: Read[] }>(`/api/lessons?where[id][equals]=${lesson.id}&draft=true`),
    ])
    const graphql = await api.graphql<{ Lesson: Read }>(
      `query ($id: Int!) { Lesson(id: $id, select: true) { content locked } }`,
      { id: lesson.id },
    )
    expect(reads[0].body).toMatchObject({ locked: false })
    expect(texts(reads[0].body.content)).toHaveLength(3)
    expect(texts(reads[1].body.content)).toHaveLength(3)
    expect(texts(reads[2].body.docs[0].content)).toHaveLength(3)
    expect(graphql.body.data?.Lesson.locked).toBe(false)
    expect(texts(graphql.body.data?.Lesson.content)).toHaveLength(3)
  })
})

describe('entitlement is decided on every request from the stored subscription', () => {
  it('a subscription set to expire in the past locks the same session; renewing unlocks it', async () => {
    const reader = await createTestUser(ctx.payload, 'reader', {
      subscription: { tier: 'premium', premiumUntil: null },
    })
    const token = await api.login(reader.email, reader.password)
    const lesson = await createLesson(
      ctx.payload,
      { access: 'premium', content: body(p('Open.'), { type: 'hr' }, p('Paid.')) },
      { publish: true },
    )
    const read = async () =>
      (await api.get<Read>(`/api/lessons/${lesson.id}`, { token })).body.locked
    const setUntil = (premiumUntil: string) =>
      ctx.payload.update({
        collection: 'users',
        id: reader.user.id,
        data: { subscription: { tier: 'premium', premiumUntil } },
      })

    expect(await read()).toBe(false)
    await setUntil(new Date(Date.now() - 60_000).toISOString())
    expect(await read()).toBe(true)
    await setUntil(new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString())
    expect(await read()).toBe(false)
  })

  it('turning a document premium locks it for free readers at once', async () => {
    const lesson = await createLesson(
      ctx.payload,
      { access: 'free', content: body(p('Open.'), { type: 'hr' }, p('Soon paid.')) },
      { publish: true },
    )
    expect((await api.get<Read>(`/api/lessons/${lesson.id}`)).body.locked).toBe(false)
    await ctx.payload.update({ collection: 'lessons', id: lesson.id, data: { access: 'premium' } })
    const after = await api.get<Read>(`/api/lessons/${lesson.id}`)
    expect(after.body).toMatchObject({ locked: true, content: null })
    expect(after.text).not.toContain('Soon paid.')
  })
})

describe('select returns what was selected', () => {
  it('answers only the selected fields and id, though the tier and author are loaded for the rule', async () => {
    const author = await createTestUser(ctx.payload, 'author')
    const article = await createArticle(
      ctx.payload,
      { author: author.user.id, access: 'premium' },
      { publish: true },
    )
    const one = await api.get<Record<string, unknown>>(
      `/api/community-articles/${article.id}?select[title]=true&select[slug]=true`,
    )
    expect(one.status).toBe(200)
    expect(Object.keys(one.body).sort()).toEqual(['id', 'slug', 'title'])
    const list = await api.get<{ docs: Record<string, unknown>[] }>(
      `/api/community-articles?where[id][equals]=${article.id}&select[title]=true&select[slug]=true`,
    )
    expect(list.body.docs.map((doc) => Object.keys(doc).sort())).toEqual([['id', 'slug', 'title']])
    const gated = await api.get<Record<string, unknown>>(
      `/api/community-articles/${article.id}?select[content]=true&select[locked]=true`,
    )
    expect(gated.body).toEqual({ id: article.id, content: null, locked: true })
  })
})
