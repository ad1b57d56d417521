import { beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle, createStory } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { mailsSince, outboxMark, review, signUp, stored, type Member } from '../helpers/review'
import type { ReviewAction, ReviewState } from '../../src/workflow'
import { designActions, designStates } from '../helpers/workflowTerms'

const { ctx, api } = useTestApp()

let members: Record<'admin' | 'editor' | 'owner' | 'otherAuthor' | 'reader', Member>

beforeAll(async () => {
  members = {
    admin: await signUp(ctx, api, 'admin'),
    editor: await signUp(ctx, api, 'editor'),
    owner: await signUp(ctx, api, 'author'),
    otherAuthor: await signUp(ctx, api, 'author'),
    reader: await signUp(ctx, api, 'reader'),
  }
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

type Caller = keyof typeof members | 'anonymous'
type Collection = 'community-articles' | 'stories'
type Party = 'owner' | 'editor' | 'editor-owner'

/**
 * The workflow table of DESIGN.md, transcribed for this test (not imported from the code under
 * test). `editor` includes admins. The owner of a community article is its author; stories are
 * written by the editorial team, so every editor and admin owns them.
 */
const workflow: { from: ReviewState[]; action: ReviewAction; who: Party[] }[] = [
  { from: ['draft', 'changes-requested'], action: 'submit', who: ['owner', 'editor'] },
  { from: ['in-review'], action: 'withdraw', who: ['owner'] },
  { from: ['in-review'], action: 'request-changes', who: ['editor'] },
  { from: ['in-review'], action: 'approve', who: ['editor'] },
  { from: ['in-review'], action: 'reject', who: ['editor'] },
  { from: ['approved'], action: 'publish', who: ['editor'] },
  { from: ['draft'], action: 'publish', who: ['editor-owner'] },
  { from: ['published'], action: 'unpublish', who: ['editor'] },
  { from: ['rejected'], action: 'reopen', who: ['editor'] },
]

const states = designStates
const actions = designActions
const callers: Caller[] = ['anonymous', 'admin', 'editor', 'owner', 'otherAuthor', 'reader']

const isEditor = (caller: Caller) => caller === 'admin' || caller === 'editor'
const owns = (collection: Collection, caller: Caller) =>
  collection === 'stories' ? isEditor(caller) : caller === 'owner'

const qualifies = (collection: Collection, caller: Caller, party: Party) =>
  party === 'owner'
    ? owns(collection, caller)
    : party === 'editor'
      ? isEditor(caller)
      : isEditor(caller) && owns(collection, caller)

// Who may see a document that is not published: staff, and the author of a community article.
const sees = (collection: Collection, caller: Caller, state: ReviewState) =>
  caller !== 'anonymous' &&
  (state === 'published' || isEditor(caller) || (collection !== 'stories' && caller === 'owner'))

/** Actions the table lets `caller` take on a document in `state`, in workflow order. */
const allowedFor = (collection: Collection, caller: Caller, state: ReviewState) =>
  actions.filter((action) =>
    workflow.some(
      (row) =>
        row.action === action &&
        row.from.includes(state) &&
        row.who.some((party) => qualifies(collection, caller, party)),
    ),
  )

/**
 * The expected status: 401 without a user; 404 for a document the caller cannot see; 409 when the
 * table has no row for (state, action), or when an editor who does not own a draft publishes it
 * (the state is wrong, not the role: it must be submitted first); 403 when the row exists but the
 * caller is none of its parties; 200 otherwise.
 */
function expectedStatus(
  collection: Collection,
  caller: Caller,
  state: ReviewState,
  action: ReviewAction,
) {
  if (caller === 'anonymous') return 401
  if (!sees(collection, caller, state)) return 404
  const row = workflow.find((entry) => entry.action === action && entry.from.includes(state))
  if (!row) return 409
  if (row.who.some((party) => qualifies(collection, caller, party))) return 200
  if (row.who.includes('editor-owner') && isEditor(caller)) return 409
  return 403
}

const tokenOf = (caller: Caller) => (caller === 'anonymous' ? undefined : members[caller].token)

describe.each(['community-articles', 'stories'] as const)(
  'every (state, action, caller) on %s',
  (collection) => {
    it('answers exactly the status of the workflow table; refusals change nothing', async () => {
      const seen: Record<number, number> = {}
      for (const state of states) {
        const id = await documentIn(collection, state)
        const before = await stored(ctx, collection, id)
        expect(before.main.review_status).toBe(state)
        for (const caller of callers) {
          for (const action of actions) {
            const expected = expectedStatus(collection, caller, state, action)
            seen[expected] = (seen[expected] ?? 0) + 1
            // A document of its own for each allowed action; the shared one stays untouched.
            const target = expected === 200 ? await documentIn(collection, state) : id
            const mark = outboxMark()
            const response = await review(api, tokenOf(caller), collection, target, {
              action,
              note: 'A note.',
            })
            expect([state, caller, action, response.status]).toEqual([
              state,
              caller,
              action,
              expected,
            ])
            if (expected === 200) continue
            if (expected === 409) {
              expect(response.body.errors?.[0].data?.allowed).toEqual(
                allowedFor(collection, caller, state),
              )
            }
            expect(await stored(ctx, collection, id)).toEqual(before)
            expect(mailsSince(mark)).toEqual([])
          }
        }
      }
      // Every kind of answer occurs (6 states x 6 callers x 8 actions = 288 requests).
      expect(Object.keys(seen).sort()).toEqual(['200', '401', '403', '404', '409'])
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
