import type { Payload } from 'payload'

import { rateLimitTable } from '../db/customTables'
import type { BudgetStore, WindowTotal } from './sharedBudget'

interface QueryablePool {
  query: (
    text: string,
    values: unknown[],
  ) => Promise<{ rows: { key: string; window_start: Date; count: number }[] }>
}

const upsert = `INSERT INTO ${rateLimitTable} (key, window_start, count)
  SELECT key, to_timestamp(start_ms / 1000.0), delta
  FROM unnest($1::text[], $2::bigint[], $3::int[]) AS deltas (key, start_ms, delta)
  ON CONFLICT (key, window_start) DO UPDATE SET count = ${rateLimitTable}.count + excluded.count
  RETURNING key, window_start, count`

// Expired windows go in the same statement as a sync, about once a window.
const sweepThenUpsert = `WITH swept AS (
    DELETE FROM ${rateLimitTable} WHERE window_start < to_timestamp($4::bigint / 1000.0)
  ) ${upsert}`

/**
 * The shared rate-limit counters in Postgres (`rate_limit_windows`): one statement per sync adds
 * every delta and answers the totals, deleting windows that are over about once a window.
 */
export function postgresBudgetStore(payload: Payload): BudgetStore {
  const pool = (payload.db as unknown as { pool?: QueryablePool }).pool
  if (!pool) throw new Error('shared rate limits need the Postgres adapter')
  return async (deltas, sweepBefore) => {
    const values: unknown[] = [
      deltas.map((delta) => delta.key),
      deltas.map((delta) => delta.windowStart),
      deltas.map((delta) => delta.delta),
    ]
    const text = sweepBefore === null ? upsert : sweepThenUpsert
    if (sweepBefore !== null) values.push(sweepBefore)
    const { rows } = await pool.query(text, values)
    return rows.map((row): WindowTotal => ({
      key: row.key,
      windowStart: new Date(row.window_start).getTime(),
      count: Number(row.count),
    }))
  }
}
