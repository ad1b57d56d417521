import { beforeAll, describe, expect, it } from '@jest/globals'

import { lexicalParagraphs } from '../../src/content/lexical'
import { createArticle, createBundle, createTag } from '../helpers/content'
import {
  historyOf,
  mailsSince,
  outboxMark,
  review,
  signUp,
  stored,
  type Member,
} from '../helpers/review'
import { useTestApp } from '../helpers/fixture'
import { storedCounts } from '../helpers/tagCounts'

const { ctx, api } = useTestApp()

let editor: Member
let author: Member

beforeAll(async () => {
  editor = await signUp(ctx, api, 'editor')
  author = await signUp(ctx, api, 'author')
})

const articles = '/api/community-articles'

describe('review across the content collections', () => {
  it('lets editors publish their own stories directly, and lessons after review', async () => {
    const created = await api.post<{ doc: { id: number; _status: string } }>('/api/stories', {
      token: editor.token,
      json: {
        title: 'The cache stampede',
        summary: 'It all expired at once.',
        content: lexicalParagraphs('At 09:00 every key expired.'),
        _status: 'published',
      },
    })
    expect(created.body.doc._status).toBe('draft')
    const storyId = created.body.doc.id
    expect((await api.get(`/api/stories/${storyId}`)).status).toBe(404)
    const published = await review(api, editor.token, 'stories', storyId, { action: 'publish' })
    expect(published.body).toMatchObject({ from: 'draft', to: 'published' })
    expect((await api.get(`/api/stories/${storyId}`)).status).toBe(200)
    expect((await historyOf(ctx, 'stories', storyId))[0]).toMatchObject({ action: 'publish' })

    const lesson = await api.post<{ doc: { id: number } }>('/api/lessons', {
      token: editor.token,
      json: {
        title: 'Backpressure',
        summary: 'Slow down upstream.',
        track: 'core',
        content: lexicalParagraphs('Queues fill up.'),
      },
    })
    const lessonId = lesson.body.doc.id
    const reviewer = await signUp(ctx, api, 'editor')
    const mark = outboxMark()
    expect(
      (await review(api, editor.token, 'lessons', lessonId, { action: 'submit' })).status,
    ).toBe(200)
    expect(mailsSince(mark, reviewer.email)).toHaveLength(1)
    expect(
      (await review(api, reviewer.token, 'lessons', lessonId, { action: 'approve' })).status,
    ).toBe(200)
    expect(
      (await review(api, reviewer.token, 'lessons', lessonId, { action: 'publish' })).status,
    ).toBe(200)
    expect((await api.get(`/api/lessons/${lessonId}`)).status).toBe(200)
  })

  it('reviews question bundles the same way', async () => {
    const { id } = await createBundle(ctx.payload, { author: author.user.id })
    for (const [member, action] of [
      [author, 'submit'],
      [editor, 'approve'],
      [editor, 'publish'],
    ] as const) {
      const response = await review(api, member.token, 'question-bundles', id, { action })
      expect([action, response.status]).toEqual([action, 200])
    }
    expect((await api.get(`/api/question-bundles/${id}`)).status).toBe(200)
    expect((await stored(ctx, 'question-bundles', id)).events).toBe(3)
  })

  it('moves tag counts only when a reviewed revision is published or the article unpublished', async () => {
    const [before, after] = [await createTag(ctx.payload), await createTag(ctx.payload)]
    const live = await createArticle(
      ctx.payload,
      { author: author.user.id, tags: [before.id] },
      { publish: true },
    )
    const communityItems = async () => [
      (await storedCounts(ctx, before.id)).communityItems,
      (await storedCounts(ctx, after.id)).communityItems,
    ]
    expect(await communityItems()).toEqual([1, 0])
    const retag = await api.patch(`${articles}/${live.id}`, {
      token: author.token,
      json: { tags: [after.id] },
    })
    expect(retag.status).toBe(200)
    await review(api, author.token, 'community-articles', live.id, { action: 'submit' })
    await review(api, editor.token, 'community-articles', live.id, { action: 'approve' })
    expect(await communityItems()).toEqual([1, 0])
    await review(api, editor.token, 'community-articles', live.id, { action: 'publish' })
    expect(await communityItems()).toEqual([0, 1])
    await review(api, editor.token, 'community-articles', live.id, { action: 'unpublish' })
    expect(await communityItems()).toEqual([0, 0])
  })
})
