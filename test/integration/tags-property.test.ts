import { describe, expect, it } from '@jest/globals'

import type { Tag } from '../../payload-types'
import { reconcileTagCounts } from '../../src/reconcile/tagCounts'
import {
  createArticle,
  createBundle,
  createLesson,
  createStory,
  createTag,
} from '../helpers/content'
import { useTestApp } from '../helpers/fixture'
import { countMismatches } from '../helpers/tagCounts'

const { ctx } = useTestApp({ server: false })

/** mulberry32: a small seeded PRNG, so a failing sequence can be replayed from its seed. */
function prng(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  }
}

type Slug = 'stories' | 'lessons' | 'community-articles' | 'question-bundles'
interface Doc {
  collection: Slug
  id: number
}

const slugs: readonly Slug[] = ['stories', 'lessons', 'community-articles', 'question-bundles']
const tracks = ['core', 'system-design', 'behavioral-interview'] as const
const operations = [
  'create',
  'create',
  'draft-save',
  'publish',
  'publish-with-tags',
  'unpublish',
  'retag',
  'delete',
  'bulk-publish',
  'bulk-delete',
] as const

/**
 * Fixed seeds, so every run (CI included) replays the same sequences; 1907395681 once ended with
 * nothing published. `TAG_COUNTS_SEED=random` draws a new one, `TAG_COUNTS_SEED=N` replays N.
 */
const fixedSeeds = [1907395681, 20261201]
const requestedSeed = process.env.TAG_COUNTS_SEED
const seeds =
  requestedSeed === undefined
    ? fixedSeeds
    : [requestedSeed === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(requestedSeed)]

describe('tag counts under a random sequence of edits', () => {
  it.each(seeds)('equal what reconcile computes after 200 operations (seed %i)', async (seed) => {
    console.info(`tag counts property test seed: ${seed} (replay with TAG_COUNTS_SEED=${seed})`)
    const random = prng(seed)
    const tags: Tag[] = []
    for (let i = 0; i < 6; i += 1) tags.push(await createTag(ctx.payload))
    const tagIds = tags.map((tag) => tag.id)
    const docs: Doc[] = []

    const someTags = () => {
      const chosen = new Set<number>()
      const n = random.int(4)
      for (let i = 0; i < n; i += 1) chosen.add(random.pick(tags).id)
      return [...chosen]
    }
    const trackFor = (collection: Slug) =>
      collection === 'lessons' ? { track: random.pick(tracks) } : {}
    const someDocs = () => docs.filter(() => random.chance(0.15)).slice(0, 4)

    const steps: string[] = []
    let publishSteps = 0
    for (let step = 0; step < 200; step += 1) {
      let operation = random.pick(operations)
      if (docs.length === 0) operation = 'create'
      const doc = random.pick(docs)
      steps.push(`${operation} ${operation === 'create' ? '' : `${doc.collection}:${doc.id}`}`)
      if (operation.includes('publish') && operation !== 'unpublish') publishSteps += 1
      const { payload } = ctx
      switch (operation) {
        case 'create': {
          const collection = random.pick(slugs)
          const data = { tags: someTags(), ...trackFor(collection) }
          const options = { publish: random.chance(0.5) }
          if (options.publish) publishSteps += 1
          const created =
            collection === 'stories'
              ? await createStory(payload, data, options)
              : collection === 'lessons'
                ? await createLesson(payload, data, options)
                : collection === 'community-articles'
                  ? await createArticle(payload, data, options)
                  : await createBundle(payload, data, options)
          docs.push({ collection, id: created.id })
          break
        }
        case 'draft-save':
          await payload.update({
            collection: doc.collection,
            id: doc.id,
            data: { tags: someTags(), ...trackFor(doc.collection) },
            draft: true,
          })
          break
        case 'publish':
          await payload.update({
            collection: doc.collection,
            id: doc.id,
            data: { _status: 'published' },
          })
          break
        case 'publish-with-tags':
          await payload.update({
            collection: doc.collection,
            id: doc.id,
            data: { _status: 'published', tags: someTags(), ...trackFor(doc.collection) },
          })
          break
        case 'unpublish':
          await payload.update({
            collection: doc.collection,
            id: doc.id,
            data: { _status: 'draft' },
          })
          break
        case 'retag':
          await payload.update({
            collection: doc.collection,
            id: doc.id,
            data: { tags: someTags(), ...trackFor(doc.collection) },
          })
          break
        case 'delete':
          await payload.delete({ collection: doc.collection, id: doc.id })
          docs.splice(docs.indexOf(doc), 1)
          break
        case 'bulk-publish':
        case 'bulk-delete': {
          const chosen = someDocs().filter((candidate) => candidate.collection === doc.collection)
          const where = { id: { in: [doc.id, ...chosen.map((candidate) => candidate.id)] } }
          if (operation === 'bulk-publish') {
            await payload.update({
              collection: doc.collection,
              where,
              data: { _status: 'published' },
            })
          } else {
            await payload.delete({ collection: doc.collection, where })
            const gone = new Set(where.id.in)
            for (let i = docs.length - 1; i >= 0; i -= 1) {
              if (docs[i].collection === doc.collection && gone.has(docs[i].id)) docs.splice(i, 1)
            }
          }
          break
        }
      }
      const mismatches = await countMismatches(ctx, tagIds)
      if (mismatches.length > 0) {
        throw new Error(
          `seed ${seed}: counts wrong after step ${step} (${steps.at(-1)}):\n` +
            `${JSON.stringify(mismatches, null, 2)}\nsteps:\n${steps.join('\n')}`,
        )
      }
    }

    // Only this test's tags: other tests' documents must not decide the result.
    const ownTags = new Set(tags.map((tag) => `tags/${tag.slug} `))
    const drift = await reconcileTagCounts(ctx.payload, { fix: false })
    expect(
      drift.filter((entry) => [...ownTags].some((tag) => entry.subject.startsWith(tag))),
    ).toEqual([])
    // The sequence really exercised publishing, whatever state it ended in.
    expect(publishSteps).toBeGreaterThan(0)
  })
})
