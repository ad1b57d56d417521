import { sql } from '@payloadcms/db-postgres'
import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { runSQL } from '../src/db/sql'

/**
 * Deleting an account removes its likes and ratings (through Payload, so the items' aggregates
 * are recomputed in the same transaction). An account that wrote content or took part in reviews
 * is refused with 409: its history must not silently lose its author.
 */
export const guardUserDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const userId = Number(id)
  const [usage] = await runSQL<{ authored: number; reviewed: number }>(
    req,
    sql`SELECT
          (SELECT count(*) FROM community_articles WHERE author_id = ${userId})
          + (SELECT count(*) FROM question_bundles WHERE author_id = ${userId}) AS authored,
          (SELECT count(*) FROM review_events
            WHERE by_id = ${userId} OR owner_id = ${userId}) AS reviewed`,
  )
  if (Number(usage?.authored) > 0 || Number(usage?.reviewed) > 0) {
    throw new APIError(
      'This account wrote content or took part in reviews; reassign its content or change its role instead of deleting it.',
      409,
    )
  }
  for (const collection of ['likes', 'ratings'] as const) {
    await req.payload.delete({
      collection,
      where: { user: { equals: userId } },
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
}
