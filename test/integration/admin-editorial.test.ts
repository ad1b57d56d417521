import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type PayloadRequest } from 'payload'

import { createArticle, createStory } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { review, signUp, type Member } from '../helpers/review'
import {
  countByReviewStatus,
  formatAge,
  readDocumentHistory,
  readLatestNote,
  readRecentActivity,
  readReviewQueue,
} from '../../src/admin/editorialData'
import { WorkflowGuardStyles } from '../../src/components/WorkflowGuardStyles'

const { ctx, api } = useTestApp()

/**
 * What the editorial admin (dashboard, review queue, history panel, list cells and filters)
 * reads: always as the signed-in user, so editors see every document and authors their own.
 */

let editor: Member
let author: Member
let otherAuthor: Member

beforeAll(async () => {
  editor = await signUp(ctx, api, 'editor')
  author = await signUp(ctx, api, 'author', { name: 'Ada Author' })
  otherAuthor = await signUp(ctx, api, 'author', { name: 'Otto Other' })
})

const requestAs = (member: Member): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...member.user, collection: 'users' } as never }, ctx.payload)

const articles = 'community-articles'

async function submittedArticle(owner: Member, title: string) {
  const article = await createArticle(ctx.payload, { author: owner.user.id, title })
  const submitted = await review(api, owner.token, articles, article.id, { action: 'submit' })
  expect(submitted.status).toBe(200)
  return article
}

const keyOf = (entry: { collection: string; id: number }) => `${entry.collection}:${entry.id}`

describe('the review queue', () => {
  it('lists documents in review across collections, oldest submission first, with author', async () => {
    const first = await submittedArticle(author, 'First in')
    const story = await createStory(ctx.payload, { title: 'Story in review' })
    expect(
      (await review(api, editor.token, 'stories', story.id, { action: 'submit' })).status,
    ).toBe(200)
    const last = await submittedArticle(otherAuthor, 'Last in')
    const draft = await createArticle(ctx.payload, { author: author.user.id, title: 'Not sent' })

    const queue = await readReviewQueue(await requestAs(editor))
    const keys = queue.map(keyOf)
    const ours = [`${articles}:${first.id}`, `stories:${story.id}`, `${articles}:${last.id}`]
    expect(keys.filter((key) => ours.includes(key))).toEqual(ours)
    expect(keys).not.toContain(`${articles}:${draft.id}`)
    const byKey = new Map(queue.map((entry) => [keyOf(entry), entry]))
    expect(byKey.get(`${articles}:${first.id}`)).toMatchObject({
      title: 'First in',
      author: 'Ada Author',
    })
    // An editorial document has no author field: the queue names who submitted it.
    expect(byKey.get(`stories:${story.id}`)?.author).toBe(editor.user.name)
    const times = queue.map((entry) => entry.submittedAt)
    expect([...times].sort()).toEqual(times)
  })

  it('shows an author only their own submissions', async () => {
    const mine = await submittedArticle(author, 'Mine')
    const theirs = await submittedArticle(otherAuthor, 'Theirs')
    const keys = (await readReviewQueue(await requestAs(author))).map(keyOf)
    expect(keys).toContain(`${articles}:${mine.id}`)
    expect(keys).not.toContain(`${articles}:${theirs.id}`)
    expect(keys.every((key) => key.startsWith(`${articles}:`))).toBe(true)
  })

  it('drops a document once an editor has decided on it', async () => {
    const article = await submittedArticle(author, 'Decided')
    const decided = await review(api, editor.token, articles, article.id, {
      action: 'request-changes',
      note: 'Add the timeline.',
    })
    expect(decided.status).toBe(200)
    const keys = (await readReviewQueue(await requestAs(editor))).map(keyOf)
    expect(keys).not.toContain(`${articles}:${article.id}`)
  })
})

describe('counts per review status', () => {
  it('count every document for editors and only their own for authors', async () => {
    const editorBefore = await countByReviewStatus(await requestAs(editor))
    const authorBefore = await countByReviewStatus(await requestAs(author))
    await submittedArticle(author, 'Counted')
    await submittedArticle(otherAuthor, 'Counted too')
    await createArticle(ctx.payload, { author: author.user.id, title: 'Counted draft' })

    const editorAfter = await countByReviewStatus(await requestAs(editor))
    const authorAfter = await countByReviewStatus(await requestAs(author))
    expect(editorAfter.total['in-review'] - editorBefore.total['in-review']).toBe(2)
    expect(editorAfter.total.draft - editorBefore.total.draft).toBe(1)
    expect(authorAfter.total['in-review'] - authorBefore.total['in-review']).toBe(1)
    expect(authorAfter.total.draft - authorBefore.total.draft).toBe(1)
    expect(authorAfter.byCollection[articles]['in-review']).toBe(authorAfter.total['in-review'])
    // Authors do not write stories or lessons: nothing of those is theirs to count.
    expect(Object.values(authorAfter.byCollection.stories).every((n) => n === 0)).toBe(true)
  })
})

describe('history and notes', () => {
  it("give a document's events newest first, with the editor's note, to its author and editors", async () => {
    const article = await submittedArticle(author, 'With history')
    await review(api, editor.token, articles, article.id, {
      action: 'request-changes',
      note: 'Please add the timeline.',
    })
    await review(api, author.token, articles, article.id, { action: 'submit' })
    await review(api, editor.token, articles, article.id, {
      action: 'reject',
      note: 'Out of scope for the site.',
    })

    for (const member of [author, editor]) {
      const history = await readDocumentHistory(await requestAs(member), articles, article.id)
      expect(history.map((event) => event.action)).toEqual([
        'reject',
        'submit',
        'request-changes',
        'submit',
      ])
      expect(history[0]).toMatchObject({ note: 'Out of scope for the site.', to: 'rejected' })
      expect(history[0].by).toBe(editor.user.name)
    }
    const stranger = await readDocumentHistory(await requestAs(otherAuthor), articles, article.id)
    expect(stranger).toEqual([])

    const latest = (member: Member) =>
      readLatestNote(
        ctx.payload,
        { ...member.user, collection: 'users' } as never,
        articles,
        article.id,
      )
    expect(await latest(author)).toBe('Out of scope for the site.')
    expect(await latest(editor)).toBe('Out of scope for the site.')
    expect(await latest(otherAuthor)).toBeNull()
  })

  it('show recent activity newest first, limited to what the user may read', async () => {
    const mine = await submittedArticle(author, 'Active mine')
    const theirs = await submittedArticle(otherAuthor, 'Active theirs')
    await review(api, editor.token, articles, mine.id, {
      action: 'request-changes',
      note: 'Shorter intro.',
    })

    const forEditor = await readRecentActivity(await requestAs(editor), 3)
    expect(forEditor.map((event) => [event.itemId, event.action])).toEqual([
      [mine.id, 'request-changes'],
      [theirs.id, 'submit'],
      [mine.id, 'submit'],
    ])
    expect(forEditor[0]).toMatchObject({ title: 'Active mine', note: 'Shorter intro.' })

    const forAuthor = await readRecentActivity(await requestAs(author), 50)
    expect(forAuthor.map((event) => event.itemId)).toContain(mine.id)
    expect(forAuthor.map((event) => event.itemId)).not.toContain(theirs.id)
  })
})

describe('list views', () => {
  it('filter by review status over REST for editors and authors alike', async () => {
    const sent = await submittedArticle(author, 'Filter sent')
    const kept = await createArticle(ctx.payload, { author: author.user.id, title: 'Filter kept' })
    const query = `/api/${articles}?where[reviewStatus][equals]=in-review&limit=100&depth=0`
    for (const member of [editor, author]) {
      const response = await api.get<{ docs: { id: number; reviewStatus: string }[] }>(query, {
        token: member.token,
      })
      expect(response.status).toBe(200)
      const ids = response.body.docs.map((doc) => doc.id)
      expect(ids).toContain(sent.id)
      expect(ids).not.toContain(kept.id)
      expect(response.body.docs.every((doc) => doc.reviewStatus === 'in-review')).toBe(true)
    }
  })

  it("narrow an author's list to their own documents, not an editor's", async () => {
    const { baseFilter } = ctx.payload.collections[articles].config.admin
    const args = { limit: 10, page: 1, sort: 'title', locale: undefined }
    expect(await baseFilter?.({ ...args, req: await requestAs(author) })).toEqual({
      author: { equals: author.user.id },
    })
    expect(await baseFilter?.({ ...args, req: await requestAs(editor) })).toBeNull()
  })

  it('offer no control that publishes outside the workflow', () => {
    for (const slug of ['stories', 'lessons', articles, 'question-bundles'] as const) {
      const { components } = ctx.payload.collections[slug].config.admin
      expect(components?.edit).toMatchObject({
        PublishButton: expect.stringContaining('ReviewActions'),
        UnpublishButton: expect.stringContaining('NoControl'),
        Status: expect.stringContaining('ReviewStatusPill'),
      })
      expect(components?.views?.list?.Component).toEqual(
        expect.stringContaining('ReviewedListView'),
      )
    }
    const views = ctx.payload.config.admin.components.views
    expect(views?.dashboard?.Component).toEqual(expect.stringContaining('EditorialDashboard'))
  })

  it("hide a version's direct restore from everyone but admins", async () => {
    const admin = await signUp(ctx, api, 'admin')
    const guard = (member: Member) =>
      WorkflowGuardStyles({
        payload: ctx.payload,
        user: { ...member.user, collection: 'users' } as never,
      })
    expect(guard(admin)).toBeNull()
    for (const member of [editor, author]) expect(guard(member)?.type).toBe('style')
  })
})

describe('formatAge', () => {
  it('reads as minutes, hours, then days', () => {
    const now = new Date('2026-12-01T12:00:00Z')
    expect(formatAge('2026-12-01T11:57:30Z', now)).toBe('2 min')
    expect(formatAge('2026-12-01T07:00:00Z', now)).toBe('5 h')
    expect(formatAge('2026-11-28T12:00:00Z', now)).toBe('3 d')
    expect(formatAge('2026-12-01T12:05:00Z', now)).toBe('0 min')
  })
})
