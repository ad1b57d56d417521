import { holds } from './compare'
import type { SeedContext } from './context'
import { seedStoriesIndex } from './data/storiesIndex'

/** Brings the stories index texts (a global, always present) in line with the seed. */
export async function upsertStoriesIndex({ payload, req, tally }: SeedContext): Promise<void> {
  const stored = await payload.findGlobal({ slug: 'stories-index', depth: 0, req })
  if (holds(stored, seedStoriesIndex)) {
    tally.add('stories-index', 'unchanged')
    return
  }
  await payload.updateGlobal({ slug: 'stories-index', data: seedStoriesIndex, depth: 0, req })
  // A global exists before its first save; it has texts once a heading was written.
  tally.add('stories-index', stored.heading ? 'updated' : 'created')
}
