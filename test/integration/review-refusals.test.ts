import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle, createStory } from '../helpers/content'
import { apiClient, type ApiClient } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { mailsSince, outboxMark, review, signUp, stored, type Member } from '../helpers/review'
import { startTestServer, type TestServer } from '../helpers/server'
import { decide, reviewActions, reviewStates, type ReviewActor } from '../../src/workflow'
import type { ReviewState } from '../../src/workflow'

let ctx: TestPayload
let server: TestServer
let api: ApiClient
let members: Record<'admin' | 'editor' | 'owner' | 'otherAuthor' | 'reader', Member>

beforeAll(async () => {
  ctx = await startTestPayload()
  server = await startTestServer(ctx.config)
  api = apiClient(server.url)
  members = {
    admin: await signUp(ctx, api, 'admin'),
    editor: await signUp(ctx, api, 'editor'),
    owner: await signUp(ctx, api, 'author'),
    otherAuthor: await signUp(ctx, api, 'author'),
    reader: await signUp(ctx, api, 'reader'),
  }
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

/** A document of `collection` in `state`, made by trusted server code (no workflow involved). */
async function documentIn(collection: 'community-articles' | 'stories', state: ReviewState) {
  const publish = state === 'published'
  const data = publish ? {} : { reviewStatus: state }
  const doc =
    collection === 'stories'
      ? await createStory(ctx.payload, data, { publish })
      : await createArticle(ctx.payload, { ...data, author: members.owner.user.id }, { publish })
  return doc.id
}

type Caller = keyof typeof members

const actorOf = (collection: string, caller: Caller): ReviewActor => {
  const role = caller === 'owner' || caller === 'otherAuthor' ? 'author' : caller
  const isOwner =
    collection === 'stories' ? role === 'admin' || role === 'editor' : caller === 'owner'
  return { role, isOwner }
}

// Who may see a document that is not published: staff, and the author of a community document.
const sees = (collection: string, caller: Caller, state: ReviewState) =>
  state === 'published' ||
  caller === 'admin' ||
  caller === 'editor' ||
  (collection === 'community-articles' && caller === 'owner')

describe.each(['community-articles', 'stories'] as const)(
  'every forbidden (state, action, role) on %s',
  (collection) => {
    it('answers 409 or 403 (404 where the caller cannot see it) and changes nothing', async () => {
      let checked = 0
      for (const state of reviewStates) {
        const id = await documentIn(collection, state)
        const before = await stored(ctx, collection, id)
        expect(before.main.review_status).toBe(state)
        for (const caller of Object.keys(members) as Caller[]) {
          for (const action of reviewActions) {
            // A note is always sent, so only the table and the role can refuse.
            const decision = decide({
              state,
              action,
              actor: actorOf(collection, caller),
              note: 'n',
            })
            if (decision.ok) continue
            const mark = outboxMark()
            const response = await review(api, members[caller].token, collection, id, {
              action,
              note: 'A note.',
            })
            const expected = sees(collection, caller, state) ? decision.status : 404
            expect([state, caller, action, response.status]).toEqual([
              state,
              caller,
              action,
              expected,
            ])
            if (decision.status === 409 && response.status === 409) {
              expect(response.body.errors?.[0].data?.allowed).toEqual(decision.allowed)
            }
            expect(await stored(ctx, collection, id)).toEqual(before)
            expect(mailsSince(mark)).toEqual([])
            checked += 1
          }
        }
      }
      expect(checked).toBeGreaterThan(150)
    })
  },
)

describe('concurrent conflicting actions', () => {
  it('approve and reject at once on one document: exactly one wins', async () => {
    const second = await signUp(ctx, api, 'editor')
    for (let round = 0; round < 8; round += 1) {
      const id = await documentIn('community-articles', 'in-review')
      const [approve, reject] = await Promise.all([
        review(api, members.editor.token, 'community-articles', id, { action: 'approve' }),
        review(api, second.token, 'community-articles', id, { action: 'reject', note: 'No.' }),
      ])
      const statuses = [approve.status, reject.status].sort()
      expect(statuses).toEqual([200, 409])
      const winner = approve.status === 200 ? 'approved' : 'rejected'
      const db = await stored(ctx, 'community-articles', id)
      expect(db.main.review_status).toBe(winner)
      expect(db.latest.review_status).toBe(winner)
      expect(db.events).toBe(1)
    }
  })

  it('two publishes at once publish once', async () => {
    const id = await documentIn('community-articles', 'approved')
    const before = await stored(ctx, 'community-articles', id)
    const results = await Promise.all(
      [0, 1, 2].map(() =>
        review(api, members.editor.token, 'community-articles', id, { action: 'publish' }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409])
    const db = await stored(ctx, 'community-articles', id)
    expect(db.events).toBe(1)
    expect(db.versions).toBe(before.versions + 1)
  })
})
