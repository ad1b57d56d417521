import { beforeAll, describe, expect, it } from '@jest/globals'

import { lexicalParagraphs } from '../../src/content/lexical'
import { createArticle } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import {
  historyOf,
  mailsSince,
  outboxMark,
  review,
  signUp,
  stored,
  type Member,
} from '../helpers/review'

const { ctx, api } = useTestApp()

let editor: Member
let author: Member

beforeAll(async () => {
  editor = await signUp(ctx, api, 'editor')
  author = await signUp(ctx, api, 'author')
})

const articles = '/api/community-articles'

async function draftByAuthor(title: string): Promise<number> {
  const created = await api.post<{ doc: { id: number; _status: string; reviewStatus: string } }>(
    articles,
    {
      token: author.token,
      // Asking to publish is ignored: only the workflow publishes.
      json: {
        title,
        summary: 'How we shard.',
        content: lexicalParagraphs('One.', 'Two.'),
        _status: 'published',
      },
    },
  )
  expect(created.status).toBe(201)
  expect(created.body.doc).toMatchObject({ _status: 'draft', reviewStatus: 'draft' })
  return created.body.doc.id
}

const publicTitle = async (id: number) => {
  const response = await api.get<{ title: string }>(`${articles}/${id}`)
  return response.status === 200 ? response.body.title : null
}

describe('the review life of a community article', () => {
  it('goes from an author draft through changes and approval to published, emailing each step', async () => {
    const id = await draftByAuthor('Sharding at scale')
    expect(await publicTitle(id)).toBeNull()

    let mark = outboxMark()
    const submitted = await review(api, author.token, 'community-articles', id, {
      action: 'submit',
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ from: 'draft', to: 'in-review', allowed: ['withdraw'] })
    expect(mailsSince(mark, editor.email).map((mail) => mail.subject)).toEqual([
      'Review requested: "Sharding at scale"',
    ])
    expect(mailsSince(mark, author.email)).toEqual([])

    const locked = await api.patch(`${articles}/${id}`, {
      token: author.token,
      json: { title: 'Sneaky edit' },
    })
    expect(locked.status).toBe(409)
    expect((await stored(ctx, 'community-articles', id)).latest.title).toBe('Sharding at scale')

    const noNote = await review(api, editor.token, 'community-articles', id, {
      action: 'request-changes',
    })
    expect(noNote.status).toBe(400)

    mark = outboxMark()
    const changes = await review(api, editor.token, 'community-articles', id, {
      action: 'request-changes',
      note: 'Add a diagram of the shard map.',
    })
    expect(changes.status).toBe(200)
    expect(changes.body.to).toBe('changes-requested')
    const [changesMail] = mailsSince(mark, author.email)
    expect(changesMail.subject).toBe('Changes requested on "Sharding at scale"')
    expect(changesMail.text).toContain('Add a diagram of the shard map.')

    const revised = await api.patch(`${articles}/${id}`, {
      token: author.token,
      json: { title: 'Sharding at scale, with a map' },
    })
    expect(revised.status).toBe(200)
    expect((await stored(ctx, 'community-articles', id)).latest).toMatchObject({
      title: 'Sharding at scale, with a map',
      review_status: 'changes-requested',
    })

    expect(
      (await review(api, author.token, 'community-articles', id, { action: 'submit' })).status,
    ).toBe(200)
    mark = outboxMark()
    const approved = await review(api, editor.token, 'community-articles', id, {
      action: 'approve',
    })
    expect(approved.body).toMatchObject({ to: 'approved', published: false, allowed: ['publish'] })
    expect(mailsSince(mark, author.email).map((mail) => mail.subject)).toEqual([
      '"Sharding at scale, with a map" was approved',
    ])
    expect(await publicTitle(id)).toBeNull()

    mark = outboxMark()
    const published = await review(api, editor.token, 'community-articles', id, {
      action: 'publish',
    })
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({
      to: 'published',
      published: true,
      reviewStatus: 'published',
    })
    expect(mailsSince(mark, author.email).map((mail) => mail.subject)).toEqual([
      '"Sharding at scale, with a map" is published',
    ])
    expect(await publicTitle(id)).toBe('Sharding at scale, with a map')
    expect((await stored(ctx, 'community-articles', id)).main).toMatchObject({
      status: 'published',
      review_status: 'published',
    })

    const history = await historyOf(ctx, 'community-articles', id)
    expect(history.map(({ action, from, to }) => [action, from, to])).toEqual([
      ['submit', 'draft', 'in-review'],
      ['request-changes', 'in-review', 'changes-requested'],
      ['submit', 'changes-requested', 'in-review'],
      ['approve', 'in-review', 'approved'],
      ['publish', 'approved', 'published'],
    ])
    expect(history[1]).toMatchObject({
      note: 'Add a diagram of the shard map.',
      by_id: editor.user.id,
    })

    const own = await api.get<{ reviewHistory: { docs: { action: string }[] } }>(
      `${articles}/${id}?depth=1`,
      { token: author.token },
    )
    expect(own.body.reviewHistory.docs.map((event) => event.action)).toEqual([
      'submit',
      'request-changes',
      'submit',
      'approve',
      'publish',
    ])
  })

  it('reviews an edit of a published article as a revision while the old version stays public', async () => {
    const live = await createArticle(
      ctx.payload,
      { title: 'Queues explained', author: author.user.id },
      { publish: true },
    )
    const id = live.id
    const edit = await api.patch(`${articles}/${id}`, {
      token: author.token,
      json: { title: 'Queues explained, revised', _status: 'published' },
    })
    expect(edit.status).toBe(200)
    let db = await stored(ctx, 'community-articles', id)
    expect(db.main).toMatchObject({
      title: 'Queues explained',
      status: 'published',
      review_status: 'published',
    })
    expect(db.latest).toMatchObject({
      title: 'Queues explained, revised',
      status: 'draft',
      review_status: 'draft',
    })
    expect(await publicTitle(id)).toBe('Queues explained')
    const ownDraft = await api.get<{ title: string }>(`${articles}/${id}?draft=true`, {
      token: author.token,
    })
    expect(ownDraft.body.title).toBe('Queues explained, revised')

    const submitted = await review(api, author.token, 'community-articles', id, {
      action: 'submit',
    })
    expect(submitted.body).toMatchObject({
      to: 'in-review',
      reviewStatus: 'in-review',
      published: true,
    })
    expect(
      (await api.patch(`${articles}/${id}`, { token: author.token, json: { title: 'x' } })).status,
    ).toBe(409)
    await review(api, editor.token, 'community-articles', id, { action: 'approve' })
    db = await stored(ctx, 'community-articles', id)
    expect(db.main).toMatchObject({ title: 'Queues explained', review_status: 'published' })
    expect(db.latest.review_status).toBe('approved')
    expect(await publicTitle(id)).toBe('Queues explained')

    const overview = await api.get<{ allowed: string[] }>(`${articles}/${id}/review`, {
      token: editor.token,
    })
    expect(overview.body.allowed).toEqual(['publish', 'unpublish'])

    const published = await review(api, editor.token, 'community-articles', id, {
      action: 'publish',
    })
    expect(published.body).toMatchObject({ from: 'approved', to: 'published' })
    expect(await publicTitle(id)).toBe('Queues explained, revised')
    db = await stored(ctx, 'community-articles', id)
    expect(db.main).toMatchObject({
      title: 'Queues explained, revised',
      review_status: 'published',
    })
    expect(db.latest).toMatchObject({ status: 'published', review_status: 'published' })
  })

  it('rejects with a reason the author receives, and an editor can reopen', async () => {
    const id = await draftByAuthor('Hot takes')
    await review(api, author.token, 'community-articles', id, { action: 'submit' })
    const before = await stored(ctx, 'community-articles', id)
    const withoutReason = await review(api, editor.token, 'community-articles', id, {
      action: 'reject',
      note: '   ',
    })
    expect(withoutReason.status).toBe(400)
    expect(await stored(ctx, 'community-articles', id)).toEqual(before)

    const mark = outboxMark()
    const rejected = await review(api, editor.token, 'community-articles', id, {
      action: 'reject',
      note: 'Off topic for this site.',
    })
    expect(rejected.body).toMatchObject({ to: 'rejected' })
    const [mail] = mailsSince(mark, author.email)
    expect(mail.subject).toBe('"Hot takes" was rejected')
    expect(mail.text).toContain('Off topic for this site.')
    const authorView = await api.get<{ allowed: string[] }>(`${articles}/${id}/review`, {
      token: author.token,
    })
    expect(authorView.body.allowed).toEqual([])

    const reopened = await review(api, editor.token, 'community-articles', id, { action: 'reopen' })
    expect(reopened.body).toMatchObject({ from: 'rejected', to: 'draft', allowed: ['submit'] })
  })

  it('unpublishes: readers lose it and the author is told', async () => {
    const live = await createArticle(
      ctx.payload,
      { title: 'Old news', author: author.user.id },
      { publish: true },
    )
    expect(await publicTitle(live.id)).toBe('Old news')
    expect(
      (await review(api, author.token, 'community-articles', live.id, { action: 'unpublish' }))
        .status,
    ).toBe(403)
    const mark = outboxMark()
    const unpublished = await review(api, editor.token, 'community-articles', live.id, {
      action: 'unpublish',
    })
    expect(unpublished.body).toMatchObject({ from: 'published', to: 'draft', published: false })
    expect(await publicTitle(live.id)).toBeNull()
    expect((await stored(ctx, 'community-articles', live.id)).main).toMatchObject({
      status: 'draft',
      review_status: 'draft',
    })
    expect(mailsSince(mark, author.email).map((mail) => mail.subject)).toEqual([
      '"Old news" was unpublished',
    ])
  })
})
