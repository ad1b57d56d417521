import { seedCrowd } from './crowd'
import { seedCommunity } from './data/community'
import { seedLessons } from './data/lessons'
import { seedStories } from './data/stories'
import { seedAuthors, seedReaders, type SeedUser } from './data/users'

/** Every account the seed keeps: the page's authors, the raters, then the crowd of readers. */
export const seedAccounts: SeedUser[] = [...seedAuthors, ...seedReaders, ...seedCrowd]

/** Address of seeded accounts; the domain marks them as seed data. */
export const seedEmail = (handle: string): string => `${handle}@seed.casebook.localhost`

export type SeedCollection = 'stories' | 'lessons' | 'community-articles' | 'question-bundles'

/** The engagement a seeded document shows, and who backs it. */
export interface EngagementPlan {
  collection: SeedCollection
  slug: string
  views: number
  /** Handles of the users who like it, as many as the page's like count. */
  likers: string[]
  /** One score per rater handle; empty when the page shows no rating. */
  ratings: { handle: string; score: number }[]
}

/**
 * `count` distinct handles from `pool`, starting at `offset` and wrapping around, never `exclude`
 * (a document's own author). Rotating the start spreads engagement over the accounts.
 */
export function pickDistinct(
  pool: readonly string[],
  count: number,
  offset: number,
  exclude?: string,
): string[] {
  const eligible = pool.filter((handle) => handle !== exclude)
  if (count > eligible.length) {
    throw new Error(`${count} distinct users needed, only ${eligible.length} seeded`)
  }
  const start = offset % Math.max(eligible.length, 1)
  return Array.from({ length: count }, (_, i) => eligible[(start + i) % eligible.length])
}

const raters = seedReaders.map((user) => user.handle)
// Readers first, then authors (who like each other's work, never their own).
const likerPool = [...seedReaders, ...seedCrowd, ...seedAuthors].map((user) => user.handle)

/** Who likes and rates each seeded document: deterministic, so re-running changes nothing. */
export function engagementPlans(): EngagementPlan[] {
  const plans: EngagementPlan[] = []
  let index = 0
  const add = (
    collection: SeedCollection,
    item: { slug: string; views: number; likes: number; ratings?: number[]; author?: string },
  ) => {
    const scores = item.ratings ?? []
    const ratingHandles = pickDistinct(raters, scores.length, index * 5, item.author)
    plans.push({
      collection,
      slug: item.slug,
      views: item.views,
      likers: pickDistinct(likerPool, item.likes, index * 7, item.author),
      ratings: scores.map((score, i) => ({ handle: ratingHandles[i], score })),
    })
    index += 1
  }
  for (const story of seedStories) add('stories', story)
  for (const lesson of seedLessons) add('lessons', lesson)
  for (const item of seedCommunity) add(item.collection, item)
  return plans
}
