import type { Payload } from 'payload'

import { formatReport, seed, type SeedReport } from './index'

/**
 * The first development start on an empty database (no tags and no stories) loads the seed, so
 * the admin and the API have something to show. SEED_ON_FIRST_START=false turns this off.
 * Returns the report, or null when nothing was seeded.
 */
export async function seedOnFirstStart(payload: Payload): Promise<SeedReport | null> {
  if (process.env.SEED_ON_FIRST_START === 'false') return null
  const [tags, stories] = await Promise.all([
    payload.count({ collection: 'tags' }),
    payload.count({ collection: 'stories' }),
  ])
  if (tags.totalDocs > 0 || stories.totalDocs > 0) return null
  payload.logger.info(
    'Empty database: loading the seed content (SEED_ON_FIRST_START=false skips it)',
  )
  const report = await seed(payload)
  for (const line of formatReport(report)) payload.logger.info(`seed: ${line}`)
  return report
}
