import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createLocalReq, type CollectionAfterChangeHook, type CollectionSlug } from 'payload'

import { lexicalParagraphs } from '../../src/content/lexical'
import { performReviewAction } from '../../src/review/service'
import type { ReviewAction } from '../../src/workflow'
import { createArticle, createStory, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { mailsSince, outboxMark, review, signUp, type Member } from '../helpers/review'
import { snapshotTables, type TableSnapshot } from '../helpers/snapshot'

const { ctx, api } = useTestApp()

/** The error the injected hook throws; only these tests ever arm it. */
class InjectedFault extends Error {}

/** The collection whose afterChange throws right now, or none. */
let armed: CollectionSlug | null = null

/**
 * Appended last to the afterChange hooks of the collections below, so it throws after casebook's
 * own hooks ran: on a content collection the document, its version, its relations and its tags'
 * counts are written by then; on review-events the action's state change (and a scheduled
 * publish's job) and the history row itself.
 */
const failWhenArmed: CollectionAfterChangeHook = ({ collection, doc }) => {
  if (armed === collection.slug) throw new InjectedFault(`injected fault in ${collection.slug}`)
  return doc
}

const faultable: CollectionSlug[] = ['stories', 'community-articles', 'review-events']
const hooksOf = (slug: CollectionSlug) => {
  const hooks = ctx.payload.collections[slug].config.hooks
  hooks.afterChange ??= []
  return hooks.afterChange
}

let admin: Member
let editor: Member
let author: Member

beforeAll(async () => {
  // Payload reads a collection's hooks when each operation runs, so this reaches every caller.
  for (const slug of faultable) hooksOf(slug).push(failWhenArmed)
  ;[admin, editor, author] = await Promise.all([
    signUp(ctx, api, 'admin'),
    signUp(ctx, api, 'editor'),
    signUp(ctx, api, 'author'),
  ])
})

afterAll(() => {
  for (const slug of faultable) {
    const hooks = hooksOf(slug)
    hooks.splice(hooks.indexOf(failWhenArmed), 1)
  }
})

/** Runs `operation` with the afterChange of `slug` throwing. */
async function withFault<T>(slug: CollectionSlug, operation: () => Promise<T>): Promise<T> {
  armed = slug
  try {
    return await operation()
  } finally {
    armed = null
  }
}

type Transport = 'REST' | 'Local API'
const transports: Transport[] = ['REST', 'Local API']

/** What a caller got back: success, the REST error response, or what the Local API threw. */
type Outcome = { ok: true } | { ok: false; status: number; text: string } | { thrown: unknown }

async function overREST(call: () => Promise<{ status: number; text: string }>): Promise<Outcome> {
  const { status, text } = await call()
  return status < 400 ? { ok: true } : { ok: false, status, text }
}

async function overLocalAPI(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call()
    return { ok: true }
  } catch (thrown) {
    return { thrown }
  }
}

/**
 * How the fault reaches each caller: over REST a 500 in Payload's error shape that names neither
 * the fault nor a stack frame; over the Local API the hook's own error.
 */
function expectFault(transport: Transport, outcome: Outcome, slug: CollectionSlug) {
  if (transport === 'Local API') {
    const thrown = 'thrown' in outcome ? outcome.thrown : outcome
    expect(thrown).toBeInstanceOf(InjectedFault)
    expect(thrown).toHaveProperty('message', `injected fault in ${slug}`)
    return
  }
  expect(outcome).toMatchObject({ ok: false, status: 500 })
  const text = 'text' in outcome ? outcome.text : ''
  expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Something went wrong.' }] })
  expect(text).not.toMatch(/injected|stack|\bat .+:\d+:\d+/)
}

/** Tables whose rows differ between two snapshots. */
const changedTables = (
  before: Record<string, TableSnapshot>,
  after: Record<string, TableSnapshot>,
): string[] =>
  Object.keys(after).filter(
    (table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]),
  )

describe('a create that fails in an afterChange hook', () => {
  it.each(transports)(
    'leaves no row anywhere (%s): no story, version, relation or tag count; the same create then succeeds',
    async (transport) => {
      const tag = await createTag(ctx.payload)
      const title = `Half-written ${tag.slug}`
      const create = (): Promise<Outcome> =>
        transport === 'REST'
          ? overREST(() =>
              api.post('/api/stories', {
                token: admin.token,
                json: {
                  title,
                  summary: 'What happened.',
                  content: lexicalParagraphs('It started on a Tuesday.'),
                  tags: [tag.id],
                  _status: 'published',
                },
              }),
            )
          : overLocalAPI(() =>
              createStory(
                ctx.payload,
                { title, tags: [tag.id] },
                { publish: true, user: admin.user },
              ),
            )

      const before = await snapshotTables(ctx)
      expectFault(transport, await withFault('stories', create), 'stories')
      expect(await snapshotTables(ctx)).toEqual(before)

      expect(await create()).toEqual({ ok: true })
      expect(changedTables(before, await snapshotTables(ctx))).toEqual(
        expect.arrayContaining([
          'stories',
          '_stories_v',
          'stories_rels',
          '_stories_v_rels',
          'tags',
        ]),
      )
    },
  )
})

/** A review action by `member` on a community article, over REST or the Local API. */
function act(
  transport: Transport,
  member: Member,
  id: number,
  body: { action: ReviewAction; note?: string; publishAt?: string },
): Promise<Outcome> {
  if (transport === 'REST') {
    return overREST(() => review(api, member.token, 'community-articles', id, body))
  }
  return overLocalAPI(async () => {
    const req = await createLocalReq({ user: { ...member.user, collection: 'users' } }, ctx.payload)
    return performReviewAction(req, {
      collection: 'community-articles',
      id,
      action: body.action,
      note: body.note ?? null,
      publishAt: body.publishAt ? new Date(body.publishAt) : null,
    })
  })
}

interface ReviewCase {
  name: string
  /** The article's review state before the action. */
  from: 'draft' | 'in-review' | 'approved'
  by: () => Member
  body: { action: ReviewAction; note?: string; publishAt?: string }
  /** Where the fault fires: mid-publish (the article's own update) or at the history row. */
  fault: CollectionSlug
  /** Tables the action writes when nothing fails. */
  writes: string[]
  /** Who is emailed when it succeeds. */
  mailsTo: () => string
}

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString()
const published = ['community_articles', '_community_articles_v', 'tags', 'review_events']

const reviewCases: ReviewCase[] = [
  {
    name: 'a publish failing mid-update (live row, version and tag counts written)',
    from: 'approved',
    by: () => editor,
    body: { action: 'publish' },
    fault: 'community-articles',
    writes: published,
    mailsTo: () => author.email,
  },
  {
    name: 'a publish failing at its history row',
    from: 'approved',
    by: () => editor,
    body: { action: 'publish' },
    fault: 'review-events',
    writes: published,
    mailsTo: () => author.email,
  },
  {
    name: 'a scheduled publish failing at its history row (its job queued)',
    from: 'approved',
    by: () => editor,
    body: { action: 'publish', publishAt: inAnHour() },
    fault: 'review-events',
    writes: ['community_articles', '_community_articles_v', 'payload_jobs', 'review_events'],
    mailsTo: () => author.email,
  },
  {
    name: 'a submit failing at its history row',
    from: 'draft',
    by: () => author,
    body: { action: 'submit' },
    fault: 'review-events',
    writes: ['community_articles', '_community_articles_v', 'review_events'],
    mailsTo: () => editor.email,
  },
  {
    name: 'an approval failing at its history row',
    from: 'in-review',
    by: () => editor,
    body: { action: 'approve' },
    fault: 'review-events',
    writes: ['community_articles', '_community_articles_v', 'review_events'],
    mailsTo: () => author.email,
  },
  {
    name: 'a request for changes failing at its history row',
    from: 'in-review',
    by: () => editor,
    body: { action: 'request-changes', note: 'Say what the fix was.' },
    fault: 'review-events',
    writes: ['community_articles', '_community_articles_v', 'review_events'],
    mailsTo: () => author.email,
  },
]

describe('a review action that fails in an afterChange hook', () => {
  const cases = reviewCases.flatMap((reviewCase) =>
    transports.map((transport) => ({ ...reviewCase, transport })),
  )
  it.each(cases)(
    'leaves every table as it was and sends no email: $name ($transport); then it succeeds',
    async ({ transport, from, by, body, fault, writes, mailsTo }) => {
      const tag = await createTag(ctx.payload)
      const article = await createArticle(ctx.payload, {
        author: author.user.id,
        reviewStatus: from,
        tags: [tag.id],
      })

      const before = await snapshotTables(ctx)
      let mark = outboxMark()
      expectFault(
        transport,
        await withFault(fault, () => act(transport, by(), article.id, body)),
        fault,
      )
      expect(await snapshotTables(ctx)).toEqual(before)
      expect(mailsSince(mark)).toEqual([])

      mark = outboxMark()
      expect(await act(transport, by(), article.id, body)).toEqual({ ok: true })
      expect(changedTables(before, await snapshotTables(ctx))).toEqual(
        expect.arrayContaining(writes),
      )
      expect(mailsSince(mark, mailsTo())).toHaveLength(1)
    },
  )
})
