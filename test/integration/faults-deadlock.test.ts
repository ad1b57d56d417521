import { beforeAll, describe, expect, it } from '@jest/globals'

import type { Story, Tag } from '../../payload-types'
import { reconcileTagCounts } from '../../src/reconcile/tagCounts'
import { createStory, createTag } from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import type { ApiResponse } from '../helpers/http'
import { review, signUp, type Member } from '../helpers/review'
import { openRival, type Rival } from '../helpers/rival'
import { storedStory, type StoredStory } from '../helpers/storedStory'
import { countMismatches, storedCounts } from '../helpers/tagCounts'

const { ctx, api } = useTestApp()

// Only admins write the live row (other roles' edits are drafts), so every write here is theirs.
let admin: Member
beforeAll(async () => {
  admin = await signUp(ctx, api, 'admin')
})

const tags = (n: number): Promise<Tag[]> =>
  Promise.all(Array.from({ length: n }, () => createTag(ctx.payload)))
const stories = async (n: number, tagIds: number[]): Promise<Story[]> => {
  const created: Story[] = []
  for (let i = 0; i < n; i += 1) {
    created.push(await createStory(ctx.payload, { tags: tagIds }, { publish: true }))
  }
  return created
}
const ascending = (ids: number[]) => [...ids].sort((a, b) => a - b)
const inList = (ids: number[]) => ids.map((id) => `where[id][in]=${id}`).join('&')
const updateStory = `mutation Edit($id: Int!, $tags: [Int], $title: String) {
  updateStory(id: $id, data: { tags: $tags, title: $title }) { id } }`

/**
 * Makes a request lose a deadlock against a transaction of the test's own: the rival takes
 * `first`, the request comes to wait for it, then the rival asks for `then`, which the request
 * holds. Postgres cancels the request's transaction (see `openRival`).
 */
async function loseDeadlock<T>(first: string, then: string, request: () => Promise<T>) {
  const rival: Rival = await openRival(ctx)
  try {
    await rival.query(first)
    const pending = request()
    await rival.blocksSomeone()
    await rival.query(then)
    await rival.release()
    return await pending
  } finally {
    await rival.release()
  }
}

const lockTag = (id: number) => `SELECT id FROM tags WHERE id = ${id} FOR NO KEY UPDATE`
const lockStories = (...ids: number[]) =>
  `SELECT id FROM stories WHERE id IN (${ids.join(', ')}) FOR NO KEY UPDATE`

describe('a write that loses a deadlock is run again inside the server', () => {
  it('a REST edit answers 200, applied once, tag counts exact', async () => {
    const [kept, added] = await tags(2)
    const [story] = await stories(1, [kept.id])
    const before = await storedStory(ctx, story.id)
    // The edit locks the story, then the tag it adds (held by the rival), which then wants the story.
    const response = await loseDeadlock(lockTag(added.id), lockStories(story.id), () =>
      api.patch(`/api/stories/${story.id}?depth=0`, {
        token: admin.token,
        json: { title: 'Retried edit', tags: [kept.id, added.id] },
      }),
    )
    expect(response.status).toBe(200)
    const after = await storedStory(ctx, story.id)
    expect(after.title).toBe('Retried edit')
    expect(after.tags).toEqual(ascending([kept.id, added.id]))
    expect(after.versions).toBe(before.versions + 1)
    expect((await storedCounts(ctx, added.id)).stories).toBe(1)
  })

  it('a bulk update whose document lost answers 200 for every document, each applied once', async () => {
    const [kept, added] = await tags(2)
    const [first, second] = await stories(2, [kept.id])
    const before = [await storedStory(ctx, first.id), await storedStory(ctx, second.id)]
    // A bulk update locks every document's row, then takes each slug's lock (hooks/ensureUniqueSlug):
    // the rival holds the first slug's, then wants the rows. Payload would report that document's
    // error and the others' in a 400 although the whole transaction is lost.
    const slugLock = `SELECT pg_advisory_xact_lock(hashtext('stories.slug:${first.slug}'))`
    const response = await loseDeadlock(slugLock, lockStories(first.id, second.id), () =>
      api.patch<{ docs: Story[]; errors: unknown[] }>(
        `/api/stories?${inList([first.id, second.id])}&depth=0`,
        { token: admin.token, json: { summary: 'Retried bulk', tags: [kept.id, added.id] } },
      ),
    )
    expect(response.status).toBe(200)
    expect(response.body.errors).toEqual([])
    expect(response.body.docs).toHaveLength(2)
    for (const [index, story] of [first, second].entries()) {
      const after = await storedStory(ctx, story.id)
      expect(after.summary).toBe('Retried bulk')
      expect(after.tags).toEqual(ascending([kept.id, added.id]))
      expect(after.versions).toBe(before[index].versions + 1)
    }
    expect((await storedCounts(ctx, added.id)).stories).toBe(2)
  })

  it('a GraphQL mutation answers its data, applied once', async () => {
    const [kept, added] = await tags(2)
    const [story] = await stories(1, [kept.id])
    const before = await storedStory(ctx, story.id)
    const variables = { id: story.id, tags: [kept.id, added.id], title: 'Retried mutation' }
    const response = await loseDeadlock(lockTag(added.id), lockStories(story.id), () =>
      api.graphql<{ updateStory: { id: number } }>(updateStory, variables, admin.token),
    )
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.updateStory.id).toBe(story.id)
    const after = await storedStory(ctx, story.id)
    expect(after.title).toBe('Retried mutation')
    expect(after.versions).toBe(before.versions + 1)
  })

  it('GraphQL with two mutations is not run again: the lost one says 503, with Retry-After', async () => {
    const [kept, added] = await tags(2)
    const [committed, lost] = await stories(2, [kept.id])
    const before = [await storedStory(ctx, committed.id), await storedStory(ctx, lost.id)]
    const query = `mutation {
      a: updateStory(id: ${committed.id}, data: { title: "Committed first" }) { id }
      b: updateStory(id: ${lost.id}, data: { tags: [${kept.id}, ${added.id}] }) { id } }`
    const response = await loseDeadlock(lockTag(added.id), lockStories(lost.id), () =>
      api.graphql<{ a: { id: number } | null; b: { id: number } | null }>(
        query,
        undefined,
        admin.token,
      ),
    )
    // Running both again would apply the first twice; the client learns which one to repeat.
    expect(response.status).toBe(200)
    expect(response.headers.get('retry-after')).toBe('1')
    expect(response.body.data).toEqual({ a: { id: committed.id }, b: null })
    expect(response.body.errors?.map((error) => error.extensions?.statusCode)).toEqual([503])
    expect((await storedStory(ctx, committed.id)).versions).toBe(before[0].versions + 1)
    const untouched = await storedStory(ctx, lost.id)
    expect(untouched.tags).toEqual([kept.id])
    expect(untouched.versions).toBe(before[1].versions)
  })
})

/** Deterministic tag choices (mulberry32), so every run replays the same rounds. */
function pick(ids: number[], seed: number, n: number): number[] {
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const shuffled = ids.map((id) => ({ id, key: random() })).sort((a, b) => a.key - b.key)
  return ascending(shuffled.slice(0, n).map(({ id }) => id))
}

/** The fields of `wanted` as stored, when they differ from it. */
async function storedDiffers(id: number, wanted: Partial<StoredStory>): Promise<string | null> {
  const stored = await storedStory(ctx, id)
  const actual = Object.fromEntries(
    Object.keys(wanted).map((key) => [key, stored[key as keyof StoredStory]]),
  )
  const [got, want] = [JSON.stringify(actual), JSON.stringify(wanted)]
  return got === want ? null : `story ${id}: ${got}, not ${want}`
}

// Before the fix, in each of six runs, 6 or 7 of these 10 rounds lost writes to deadlocks (40P01):
// 2 to 8 edits answered 500, 1 to 6 bulk updates 400 with nothing written. After it, none.
const rounds = 10
const editsPerLoop = 3

describe('concurrent bulk updates and single edits sharing tags', () => {
  it('answer no 5xx, apply every edit, keep versions whole and tag counts exact', async () => {
    const tagIds = (await tags(8)).map((tag) => tag.id)
    const groups = [await stories(5, tagIds.slice(0, 4)), await stories(5, tagIds.slice(4))]
    const loops = await stories(4, tagIds.slice(2, 6))
    const [reviewed] = await stories(1, tagIds.slice(0, 3))
    const all = [...groups.flat(), ...loops, reviewed]
    const versions = new Map<number, number>()
    for (const story of all) versions.set(story.id, (await storedStory(ctx, story.id)).versions)
    const written = (id: number) => versions.set(id, (versions.get(id) ?? 0) + 1)
    const failures: string[] = []

    for (let round = 0; round < rounds; round += 1) {
      // Between rounds, not concurrently: each document of a bulk update gets tags of its own, so
      // the bulk update changes different tags on each (as bulk retags and unpublishes do).
      for (const [d, story] of groups.flat().entries()) {
        const own = pick(tagIds, round * 100 + 50 + d, 3)
        await ctx.payload.update({ collection: 'stories', id: story.id, data: { tags: own } })
        written(story.id)
      }
      const failed = (label: string) => (response: ApiResponse) => {
        const { errors } = (response.body ?? {}) as { errors?: unknown[] }
        if (response.status === 200 && !(label === 'graphql edit' && errors)) return
        failures.push(`round ${round}, ${label}: ${response.status} ${response.text.slice(0, 160)}`)
      }
      const wanted = new Map<number, Partial<StoredStory>>()

      // Two bulk updates, each retagging its five documents.
      const bulks = groups.map((group, g) => {
        const json = { summary: `Bulk ${g} round ${round}`, tags: pick(tagIds, round * 100 + g, 3) }
        for (const story of group) {
          written(story.id)
          wanted.set(story.id, json)
        }
        const where = inList(group.map((story) => story.id))
        const path = `/api/stories?${where}&depth=0`
        return api.patch(path, { token: admin.token, json }).then(failed(`bulk ${g}`))
      })
      // Meanwhile, single edits of four other documents sharing those tags (one on GraphQL)...
      const edits = loops.map(async (story, i) => {
        for (let k = 0; k < editsPerLoop; k += 1) {
          const tagsNow = pick(tagIds, round * 100 + 20 + 10 * i + k, 2 + ((i + k) % 3))
          const edit = { title: `Loop ${i} round ${round}`, tags: tagsNow }
          written(story.id)
          wanted.set(story.id, edit)
          const path = `/api/stories/${story.id}?depth=0`
          await (
            i === 0
              ? api.graphql(updateStory, { id: story.id, ...edit }, admin.token)
              : api.patch(path, { token: admin.token, json: edit })
          ).then(failed(i === 0 ? 'graphql edit' : `edit ${i}`))
        }
      })
      // ...and a publish or unpublish through the review workflow.
      const action = round % 2 === 0 ? 'unpublish' : 'publish'
      written(reviewed.id)
      wanted.set(reviewed.id, { status: action === 'publish' ? 'published' : 'draft' })
      const reviewing = review(api, admin.token, 'stories', reviewed.id, { action })
      await Promise.all([...bulks, ...edits, reviewing.then(failed(action))])

      for (const [id, fields] of wanted) {
        const difference = await storedDiffers(id, fields)
        if (difference) failures.push(`round ${round}, ${difference}`)
      }
    }

    expect(failures).toEqual([])
    // Each write exactly once (none lost, none doubled by a retry), live row and version alike.
    for (const story of all) {
      const stored = await storedStory(ctx, story.id)
      expect([story.id, stored.versions]).toEqual([story.id, versions.get(story.id)])
      expect(stored.latest).toEqual({
        title: stored.title,
        status: stored.status,
        tags: stored.tags,
      })
    }
    const slugs = await ctx.sql<{ slug: string }>('SELECT slug FROM tags WHERE id = ANY($1)', [
      tagIds,
    ])
    const ours = (subject: string) => slugs.some(({ slug }) => subject.startsWith(`tags/${slug} `))
    const drift = await reconcileTagCounts(ctx.payload, { fix: false })
    expect(drift.filter((entry) => ours(entry.subject))).toEqual([])
    expect(await countMismatches(ctx, tagIds)).toEqual([])
  }, 300_000)
})
