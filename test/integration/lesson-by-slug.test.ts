import { beforeAll, describe, expect, it } from '@jest/globals'

import type { Lesson } from '../../payload-types'
import { lexicalFromBlocks } from '../../src/content/lexical'
import { lessonAnswerer } from '../../src/http/lessonAnswer'
import { answersLessonsDirectly, lessonBySlugStatements } from '../../src/lessonBySlug'
import { readsAsStored } from '../../src/lessonBySlug/richText'
import { seed } from '../../src/seed'
import { createLesson, createStory, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { payloadAnswer } from '../helpers/payloadAnswer'
import { statementsDuring, untilDatabaseQuiet } from '../helpers/statements'

const { ctx, api } = useTestApp()

const pathOf = (slug: string | undefined) => `/api/lessons?where[slug][equals]=${slug}`

const direct = (path: string) => lessonAnswerer(ctx.payload)('/lessons', path)

let slugs: string[] = []
let premiumSlug: string
let withRelationship: Lesson

beforeAll(async () => {
  await seed(ctx.payload, { password: `seed-${Date.now()}` })
  const seeded = await ctx.sql<{ slug: string }>('SELECT slug FROM lessons ORDER BY id')
  const tag = await createTag(ctx.payload)
  const doomed = await createTag(ctx.payload)
  const untagged = await createLesson(ctx.payload, { tags: [] }, { publish: true })
  const premium = await createLesson(
    ctx.payload,
    {
      access: 'premium',
      tags: [doomed.id, tag.id],
      publishAt: '2031-01-01T00:00:00.000Z',
      content: lexicalFromBlocks([
        { type: 'p', text: 'Teaser paragraph.' },
        { type: 'hr' },
        { type: 'p', text: 'Premium paragraph.' },
      ]) as unknown as Lesson['content'],
    },
    { publish: true },
  )
  premiumSlug = String(premium.slug)
  await ctx.payload.delete({ collection: 'tags', id: doomed.id })
  const redrafted = await createLesson(ctx.payload, { tags: [tag.id] }, { publish: true })
  await ctx.payload.update({
    collection: 'lessons',
    id: redrafted.id,
    data: { title: 'A newer draft title' },
    draft: true,
  })
  const draftOnly = await createLesson(ctx.payload, { tags: [tag.id] })
  const story = await createStory(ctx.payload, {}, { publish: true })
  withRelationship = await createLesson(
    ctx.payload,
    {
      content: {
        root: {
          ...lexicalFromBlocks([{ type: 'p', text: 'See the story.' }]).root,
          children: [
            ...lexicalFromBlocks([{ type: 'p', text: 'See the story.' }]).root.children,
            {
              type: 'relationship',
              format: '',
              relationTo: 'stories',
              value: story.id,
              version: 2,
            },
          ],
        },
      } as Lesson['content'],
    },
    { publish: true },
  )
  slugs = [
    ...seeded.map((row) => row.slug),
    String(untagged.slug),
    String(premium.slug),
    String(redrafted.slug),
    String(draftOnly.slug),
    'no-such-lesson',
  ]
}, 120_000)

describe('a lesson read by slug, answered by the host in one statement', () => {
  it('serves casebook’s own lessons directly, and lessons with other fields through Payload', () => {
    expect(answersLessonsDirectly(ctx.payload)).toBe(true)
    const lessons = ctx.payload.collections.lessons
    const extra = { name: 'extra', type: 'text' }
    const changed = {
      ...ctx.payload,
      collections: {
        ...ctx.payload.collections,
        lessons: {
          ...lessons,
          config: {
            ...lessons.config,
            flattenedFields: [...lessons.config.flattenedFields, extra],
          },
        },
      },
    } as unknown as typeof ctx.payload
    expect(answersLessonsDirectly(changed)).toBe(false)
  })

  it('answers every kind of lesson exactly as Payload’s find does', async () => {
    expect(slugs.length).toBeGreaterThan(8)
    for (const slug of slugs) {
      const path = pathOf(slug)
      const expected = await payloadAnswer(ctx.config, path)
      const ours = await direct(path)
      expect({ slug, status: ours?.status }).toEqual({ slug, status: expected.status })
      expect({ slug, text: ours?.body.toString() }).toEqual({ slug, text: expected.text })
      const served = await api.get(path)
      expect({ slug, text: served.text }).toEqual({ slug, text: expected.text })
    }
  })

  it('withholds a premium body and keeps the teaser', async () => {
    const response = await api.get<{ docs: Lesson[] }>(pathOf(premiumSlug))
    const [doc] = response.body.docs
    expect(doc?.locked).toBe(true)
    expect(doc?.content).toBeNull()
    expect(JSON.stringify(doc?.teaser)).toContain('Teaser paragraph.')
    expect(response.text).not.toContain('Premium paragraph.')
    expect(doc?.tags).toHaveLength(1)
  })

  it('costs one SQL statement', async () => {
    const path = pathOf(slugs[0] as string)
    await untilDatabaseQuiet()
    const sent = await statementsDuring(() => api.get(path))
    expect(sent).toHaveLength(lessonBySlugStatements)
  })

  it('leaves rich text Payload populates, and every other query, to Payload', async () => {
    const path = pathOf(withRelationship.slug)
    expect(await direct(path)).toBeUndefined()
    const served = await api.get(path)
    expect(served.text).toBe((await payloadAnswer(ctx.config, path)).text)
    expect(served.text).toContain('"relationTo":"stories"')
    for (const other of [
      `${pathOf(slugs[0] as string)}&limit=1`,
      `${pathOf(slugs[0] as string)}&depth=0`,
      `${pathOf(slugs[0] as string)}&where[slug][equals]=other`,
      '/api/lessons?where[slug][like]=a',
      '/api/lessons?where[title][equals]=a',
      pathOf('Not-A-Slug'),
      pathOf('a'.repeat(121)),
      '/api/lessons',
    ]) {
      expect({ other, answer: await direct(other) }).toEqual({ other, answer: undefined })
    }
    expect(await lessonAnswerer(ctx.payload)('/stories', pathOf('x'))).toBeUndefined()
  })
})

describe('rich text read as stored', () => {
  it('accepts plain Lexical nodes and refuses populated or unknown ones', () => {
    expect(readsAsStored(null)).toBe(true)
    expect(readsAsStored(lexicalFromBlocks([{ type: 'ul', items: ['a'] }, { type: 'hr' }]))).toBe(
      true,
    )
    const withNode = (node: unknown) => ({ root: { type: 'root', children: [node] } })
    expect(readsAsStored(withNode({ type: 'upload', value: 1 }))).toBe(false)
    expect(readsAsStored(withNode({ type: 'link', children: [] }))).toBe(false)
    expect(readsAsStored(withNode({ type: 'block', fields: {} }))).toBe(false)
    expect(readsAsStored(withNode({ type: 'paragraph', children: 'x' }))).toBe(false)
    expect(readsAsStored('text')).toBe(false)
  })
})
