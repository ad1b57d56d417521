import { createLocalReq, type Payload } from 'payload'

import { inTransaction } from '../db/sql'
import { runReconcilers } from '../reconcile/run'
import type { SeedContext } from './context'
import { seedCommunity } from './data/community'
import { seedLessons } from './data/lessons'
import { seedStories } from './data/stories'
import { articleData, bundleData, lessonData, storyData } from './documents'
import {
  recomputeTouched,
  syncLikes,
  syncRatings,
  syncViews,
  type EngagementTarget,
} from './engagement'
import { engagementPlans } from './plan'
import { createTally, type SeedReport } from './report'
import { upsertTags } from './tags'
import { upsertDocument } from './upsertDocument'
import { upsertStoriesIndex } from './storiesIndex'
import { upsertUsers } from './users'

export { formatReport, writesOf, type SeedReport } from './report'

export interface SeedOptions {
  /** Password of the accounts the seed creates (default: SEED_PASSWORD, else random). */
  password?: string
  /** Receives reconcile's findings; silent by default. */
  log?: (line: string) => void
}

/** The stories, lessons and community items, each written or checked; ids by collection/slug. */
async function upsertDocuments(
  context: SeedContext,
  tagIds: ReadonlyMap<string, number>,
  userIds: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const story of seedStories) {
    const id = await upsertDocument(context, 'stories', storyData(story, tagIds))
    ids.set(`stories/${story.slug}`, id)
  }
  for (const lesson of seedLessons) {
    const id = await upsertDocument(context, 'lessons', lessonData(lesson, tagIds))
    ids.set(`lessons/${lesson.slug}`, id)
  }
  for (const item of seedCommunity) {
    const id =
      item.collection === 'question-bundles'
        ? await upsertDocument(context, item.collection, bundleData(item, tagIds, userIds))
        : await upsertDocument(context, item.collection, articleData(item, tagIds, userIds))
    ids.set(`${item.collection}/${item.slug}`, id)
  }
  return ids
}

/**
 * Loads what the stories page and the Reliability tag page show: the stories index texts, tags,
 * the authors and readers, the published stories, lessons and community items, their likes and
 * ratings as real rows, and their view counts. Idempotent: records are found again by slug, handle or (user, item) and
 * written only where they differ, so a second run changes nothing. All of it is one transaction,
 * in which the likes and rating aggregates of the documents it touched are recomputed; then every
 * reconciler runs, which also repairs derived values that drifted before the seed.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now()
  const tally = createTally()
  const password = options.password ?? (process.env.SEED_PASSWORD || undefined)
  const req = await createLocalReq({}, payload)
  const context: SeedContext = { payload, req, tally }

  await inTransaction(req, async () => {
    await upsertStoriesIndex(context)
    const tagIds = await upsertTags(context)
    const userIds = await upsertUsers(context, password)
    const docIds = await upsertDocuments(context, tagIds, userIds)
    const targets: EngagementTarget[] = engagementPlans().map((plan) => {
      const id = docIds.get(`${plan.collection}/${plan.slug}`)
      if (id === undefined) throw new Error(`no seeded document ${plan.collection}/${plan.slug}`)
      return { id, plan }
    })
    await syncViews(context, targets)
    const rated = await syncRatings(context, targets, userIds)
    const liked = await syncLikes(context, targets, userIds)
    await recomputeTouched(context, targets, new Set([...rated, ...liked]))
  })

  const reconciled = await runReconcilers(payload, { fix: true }, options.log ?? (() => undefined))
  return { tallies: tally.tallies, reconciled, ms: Date.now() - started }
}
