import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'

import { createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Tag } from '../../payload-types'
import {
  createArticle,
  createBundle,
  createLesson,
  createStory,
  createTag,
} from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { apiClient } from '../helpers/http'
import { countMismatches, storedCounts, zeroCounts } from '../helpers/tagCounts'
import { createTestUser } from '../helpers/users'

const { ctx, server } = useTestApp()

/** The tags the running test created (through `tags`). */
let ownTags: number[] = []
beforeEach(() => {
  ownTags = []
})

// Every transition must leave the stored counts of the test's tags equal to a fresh count(*).
afterEach(async () => {
  expect(await countMismatches(ctx, ownTags)).toEqual([])
})

const tags = async (n: number): Promise<Tag[]> => {
  const created = await Promise.all(Array.from({ length: n }, () => createTag(ctx.payload)))
  ownTags.push(...created.map((tag) => tag.id))
  return created
}

describe('tag counts follow publishing', () => {
  it('counts a published document of each kind under its own key', async () => {
    const [tag] = await tags(1)
    await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
    await createLesson(ctx.payload, { tags: [tag.id], track: 'core' }, { publish: true })
    await createLesson(ctx.payload, { tags: [tag.id], track: 'system-design' }, { publish: true })
    await createLesson(
      ctx.payload,
      { tags: [tag.id], track: 'behavioral-interview' },
      { publish: true },
    )
    await createArticle(ctx.payload, { tags: [tag.id] }, { publish: true })
    await createArticle(
      ctx.payload,
      { tags: [tag.id], kind: 'interview-experience' },
      { publish: true },
    )
    await createBundle(ctx.payload, { tags: [tag.id] }, { publish: true })
    expect(await storedCounts(ctx, tag.id)).toEqual({
      lessons: 1,
      systemDesigns: 1,
      behavioralInterviews: 1,
      communityItems: 3,
      stories: 1,
    })
  })

  it('does not count drafts, and counts a draft once it is published', async () => {
    const [tag] = await tags(1)
    const draft = await createArticle(ctx.payload, { tags: [tag.id] })
    expect(await storedCounts(ctx, tag.id)).toEqual(zeroCounts)
    await ctx.payload.update({
      collection: 'community-articles',
      id: draft.id,
      data: { _status: 'published' },
    })
    expect((await storedCounts(ctx, tag.id)).communityItems).toBe(1)
  })

  it('uncounts a document when it is unpublished', async () => {
    const [tag] = await tags(1)
    const story = await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
    expect((await storedCounts(ctx, tag.id)).stories).toBe(1)
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'draft' } })
    const [row] = await ctx.sql<{ _status: string }>('SELECT _status FROM stories WHERE id = $1', [
      story.id,
    ])
    expect(row._status).toBe('draft')
    expect((await storedCounts(ctx, tag.id)).stories).toBe(0)
  })

  it('moves a retagged published document from its old tags to its new ones', async () => {
    const [a, b, c] = await tags(3)
    const lesson = await createLesson(
      ctx.payload,
      { tags: [a.id, b.id], track: 'core' },
      { publish: true },
    )
    await ctx.payload.update({ collection: 'lessons', id: lesson.id, data: { tags: [b.id, c.id] } })
    expect((await storedCounts(ctx, a.id)).lessons).toBe(0)
    expect((await storedCounts(ctx, b.id)).lessons).toBe(1)
    expect((await storedCounts(ctx, c.id)).lessons).toBe(1)
  })

  it('moves a published lesson that changes track to the new track key', async () => {
    const [tag] = await tags(1)
    const lesson = await createLesson(
      ctx.payload,
      { tags: [tag.id], track: 'core' },
      { publish: true },
    )
    await ctx.payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { track: 'behavioral-interview' },
    })
    expect(await storedCounts(ctx, tag.id)).toEqual({ ...zeroCounts, behavioralInterviews: 1 })
  })

  it('ignores a draft saved over a published document until that revision is published', async () => {
    const [oldTag, newTag] = await tags(2)
    const article = await createArticle(ctx.payload, { tags: [oldTag.id] }, { publish: true })
    await ctx.payload.update({
      collection: 'community-articles',
      id: article.id,
      data: { tags: [newTag.id] },
      draft: true,
    })
    expect((await storedCounts(ctx, oldTag.id)).communityItems).toBe(1)
    expect((await storedCounts(ctx, newTag.id)).communityItems).toBe(0)

    // Publishing the pending revision (its data comes from the latest draft) moves the counts.
    await ctx.payload.update({
      collection: 'community-articles',
      id: article.id,
      data: { _status: 'published' },
    })
    expect((await storedCounts(ctx, oldTag.id)).communityItems).toBe(0)
    expect((await storedCounts(ctx, newTag.id)).communityItems).toBe(1)
  })

  it('keeps counts when a published document is edited without touching its tags', async () => {
    const [tag] = await tags(1)
    const bundle = await createBundle(ctx.payload, { tags: [tag.id] }, { publish: true })
    await ctx.payload.update({
      collection: 'question-bundles',
      id: bundle.id,
      data: { title: 'Renamed bundle' },
    })
    expect((await storedCounts(ctx, tag.id)).communityItems).toBe(1)
  })

  it('follows a restored version that carries other tags', async () => {
    const [first, second] = await tags(2)
    const story = await createStory(ctx.payload, { tags: [first.id] }, { publish: true })
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { tags: [second.id] } })
    expect((await storedCounts(ctx, first.id)).stories).toBe(0)

    const versions = await ctx.payload.findVersions({
      collection: 'stories',
      where: { parent: { equals: story.id } },
      sort: 'createdAt',
      depth: 0,
    })
    const original = versions.docs.find(
      (version) =>
        version.version._status === 'published' && version.version.tags?.[0] === first.id,
    )
    expect(original).toBeDefined()
    await ctx.payload.restoreVersion({ collection: 'stories', id: String(original?.id), depth: 0 })
    expect((await storedCounts(ctx, first.id)).stories).toBe(1)
    expect((await storedCounts(ctx, second.id)).stories).toBe(0)
  })
})

describe('tag counts follow deletes and bulk operations', () => {
  it('uncounts a deleted published document, and ignores a deleted draft', async () => {
    const [tag] = await tags(1)
    const published = await createLesson(
      ctx.payload,
      { tags: [tag.id], track: 'system-design' },
      { publish: true },
    )
    const draft = await createLesson(ctx.payload, { tags: [tag.id], track: 'system-design' })
    expect((await storedCounts(ctx, tag.id)).systemDesigns).toBe(1)
    await ctx.payload.delete({ collection: 'lessons', id: draft.id })
    expect((await storedCounts(ctx, tag.id)).systemDesigns).toBe(1)
    await ctx.payload.delete({ collection: 'lessons', id: published.id })
    expect((await storedCounts(ctx, tag.id)).systemDesigns).toBe(0)
  })

  it('counts a bulk publish, a bulk retag and a bulk delete', async () => {
    const [a, b] = await tags(2)
    const drafts = await Promise.all(
      Array.from({ length: 5 }, () => createArticle(ctx.payload, { tags: [a.id] })),
    )
    const where = { id: { in: drafts.map((doc) => doc.id) } }
    const published = await ctx.payload.update({
      collection: 'community-articles',
      where,
      data: { _status: 'published' },
    })
    expect(published.errors).toEqual([])
    expect((await storedCounts(ctx, a.id)).communityItems).toBe(5)

    await ctx.payload.update({ collection: 'community-articles', where, data: { tags: [b.id] } })
    expect((await storedCounts(ctx, a.id)).communityItems).toBe(0)
    expect((await storedCounts(ctx, b.id)).communityItems).toBe(5)

    const deleted = await ctx.payload.delete({ collection: 'community-articles', where })
    expect(deleted.errors).toEqual([])
    expect((await storedCounts(ctx, b.id)).communityItems).toBe(0)
  })

  it('changes in the same transaction as the document: a rolled-back publish counts nothing', async () => {
    const [tag] = await tags(1)
    const draft = await createStory(ctx.payload, { tags: [tag.id] })
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await ctx.payload.update({
      collection: 'stories',
      id: draft.id,
      data: { _status: 'published' },
      req,
    })
    await killTransaction(req)
    expect((await storedCounts(ctx, tag.id)).stories).toBe(0)
    const [row] = await ctx.sql<{ _status: string }>('SELECT _status FROM stories WHERE id = $1', [
      draft.id,
    ])
    expect(row._status).toBe('draft')
  })
})

describe('tag counts under concurrency', () => {
  it('counts all of 20 documents published at the same moment with one shared tag', async () => {
    const [shared] = await tags(1)
    const own = await tags(20)
    const drafts = await Promise.all(
      own.map((tag) => createArticle(ctx.payload, { tags: [shared.id, tag.id] })),
    )
    await Promise.all(
      drafts.map((doc) =>
        ctx.payload.update({
          collection: 'community-articles',
          id: doc.id,
          data: { _status: 'published' },
        }),
      ),
    )
    expect((await storedCounts(ctx, shared.id)).communityItems).toBe(20)
  })

  it('counts all of 20 documents created published at once, across collections', async () => {
    const [shared] = await tags(1)
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? createBundle(ctx.payload, { tags: [shared.id] }, { publish: true })
          : createStory(ctx.payload, { tags: [shared.id] }, { publish: true }),
      ),
    )
    expect(await storedCounts(ctx, shared.id)).toEqual({
      ...zeroCounts,
      communityItems: 10,
      stories: 10,
    })
  })
})

describe('tag counts through the API', () => {
  it('cannot be written by anyone, staff included', async () => {
    const [tag] = await tags(1)
    await createStory(ctx.payload, { tags: [tag.id] }, { publish: true })
    const editor = await createTestUser(ctx.payload, 'editor')
    const api = apiClient(server.url)
    const token = await api.login(editor.email, editor.password)
    const response = await api.patch(`/api/tags/${tag.id}`, {
      token,
      json: { description: 'edited', counts: { stories: 99, lessons: 7 } },
    })
    expect(response.status).toBe(200)
    expect(await storedCounts(ctx, tag.id)).toEqual({ ...zeroCounts, stories: 1 })
    const read = await api.get<{ counts: Record<string, number> }>(`/api/tags/${tag.id}`)
    expect(read.body.counts).toEqual({ ...zeroCounts, stories: 1 })
  })
})
