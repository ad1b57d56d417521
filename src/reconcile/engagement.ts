import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type PayloadRequest } from 'payload'

import { inTransaction, runSQL } from '../db/sql'
import { tableOf } from '../db/tables'
import { recomputeEngagement } from '../engagement/aggregates'
import { isRateable } from '../content/registry'
import { contentCollections, type ContentCollection } from '../content/registry'
import type { Drift, Reconciler } from './types'

interface StoredVsActual {
  id: number
  likes: unknown
  actual_likes: unknown
  rating_count?: unknown
  actual_count?: unknown
  rating_sum?: unknown
  actual_sum?: unknown
  rating_average?: unknown
  actual_average?: unknown
}

// Averages are stored as a float quotient; anything closer than this is the same average.
const averageTolerance = 1e-9

/** Every document's stored `likes` (and `rating`) next to what its rows add up to. */
async function storedVsActual(req: PayloadRequest, collection: ContentCollection) {
  const table = sql.identifier(tableOf(collection))
  const key = sql`(${`${collection}:`}::text || t.id::text)`
  const rating = isRateable(collection)
    ? sql`, t.rating_count, t.rating_sum, t.rating_average,
          coalesce(r.n, 0) AS actual_count, coalesce(r.total, 0) AS actual_sum,
          coalesce(r.total::float8 / nullif(r.n, 0), 0) AS actual_average`
    : sql``
  const ratingJoin = isRateable(collection)
    ? sql`LEFT JOIN (SELECT item_key, count(*) AS n, sum(score) AS total FROM ratings
          GROUP BY item_key) r ON r.item_key = ${key}`
    : sql``
  return runSQL<StoredVsActual>(
    req,
    sql`SELECT t.id, t.likes, coalesce(l.n, 0) AS actual_likes${rating}
        FROM ${table} t
        LEFT JOIN (SELECT item_key, count(*) AS n FROM likes GROUP BY item_key) l
          ON l.item_key = ${key}
        ${ratingJoin}
        ORDER BY t.id`,
  )
}

function driftsOf(collection: ContentCollection, row: StoredVsActual): Drift[] {
  const subject = (what: string) => `${collection}:${row.id} ${what}`
  const pairs: [string, unknown, unknown][] = [['likes', row.likes, row.actual_likes]]
  if (isRateable(collection)) {
    pairs.push(
      ['rating.count', row.rating_count, row.actual_count],
      ['rating.sum', row.rating_sum, row.actual_sum],
    )
  }
  const drifts = pairs
    .map(([what, stored, actual]) => ({
      subject: subject(what),
      stored: Number(stored ?? 0),
      actual: Number(actual),
    }))
    .filter(({ stored, actual }) => stored !== actual)
  if (isRateable(collection)) {
    const stored = Number(row.rating_average ?? 0)
    const actual = Number(row.actual_average)
    if (Math.abs(stored - actual) > averageTolerance) {
      drifts.push({ subject: subject('rating.average'), stored, actual })
    }
  }
  return drifts
}

/**
 * Every content document's `likes` and `rating` against its likes and ratings rows. Fixing goes
 * through the same locked recompute as the endpoints, so it is safe on a live site. (`views`
 * have no rows behind them and are not checked.)
 */
export const reconcileEngagement: Reconciler = async (payload, { fix }) => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const drifts: Drift[] = []
    for (const collection of contentCollections) {
      for (const row of await storedVsActual(req, collection)) {
        const found = driftsOf(collection, row)
        if (found.length === 0) continue
        drifts.push(...found)
        if (fix) await recomputeEngagement(req, { collection, id: Number(row.id) })
      }
    }
    return drifts
  })
}
