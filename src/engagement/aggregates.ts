import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'

import { runSQL } from '../db/sql'
import { tableOf } from '../db/tables'
import { isRateable } from '../content/registry'
import { itemKeyOf, type ItemRef, type Req } from './items'

/** An item's `rating` group: always the count, sum and mean of its `ratings` rows. */
export interface RatingAggregate {
  count: number
  sum: number
  average: number
}

/** An item's counters as stored; `rating` is null on collections that are not rated. */
export interface Engagement {
  views: number
  likes: number
  rating: RatingAggregate | null
}

interface CounterRow {
  views: unknown
  likes: unknown
  rating_count?: unknown
  rating_sum?: unknown
  rating_average?: unknown
}

const num = (value: unknown): number => Number(value ?? 0)

function engagementOf(row: CounterRow, rateable: boolean): Engagement {
  return {
    views: num(row.views),
    likes: num(row.likes),
    rating: rateable
      ? {
          count: num(row.rating_count),
          sum: num(row.rating_sum),
          average: num(row.rating_average),
        }
      : null,
  }
}

const table = (item: ItemRef) => sql.identifier(tableOf(item.collection))

/** `count(*)` of the item's likes rows. */
const likesFromRows = (key: SQL | string): SQL =>
  sql`(SELECT count(*) FROM likes WHERE likes.item_key = ${key})`

/** `(count, sum, average)` of the item's ratings rows; 0s when there are none. */
const ratingFromRows = (key: SQL | string): SQL =>
  sql`(SELECT count(*), coalesce(sum(r.score), 0),
        coalesce(sum(r.score)::float8 / nullif(count(*), 0), 0)
      FROM ratings r WHERE r.item_key = ${key})`

const returning = (rateable: boolean): SQL =>
  rateable
    ? sql`RETURNING views, likes, rating_count, rating_sum, rating_average`
    : sql`RETURNING views, likes`

/**
 * Locks the item's main row until the transaction ends. Counter writers take it before they
 * recompute: under READ COMMITTED the recompute is a new statement with a fresh snapshot, so it
 * sees every row committed by the writers it waited for (a single UPDATE with a sub-select would
 * keep the snapshot it started with and could miss one). False when the item does not exist.
 */
export async function lockItem(req: Req, item: ItemRef): Promise<boolean> {
  const rows = await runSQL(
    req,
    sql`SELECT id FROM ${table(item)} WHERE id = ${item.id} FOR NO KEY UPDATE`,
  )
  return rows.length > 0
}

/**
 * Writes the item's `likes` and (where rated) `rating` from the rows, in one UPDATE that makes no
 * version and leaves `updatedAt` alone. The caller holds the item's lock (`lockItem`).
 */
async function writeFromRows(req: Req, item: ItemRef): Promise<Engagement | null> {
  const key = itemKeyOf(item)
  const rateable = isRateable(item.collection)
  const sets: SQL[] = [sql`likes = ${likesFromRows(key)}`]
  if (rateable) sets.push(sql`(rating_count, rating_sum, rating_average) = ${ratingFromRows(key)}`)
  const [row] = await runSQL<CounterRow>(
    req,
    sql`UPDATE ${table(item)} SET ${sql.join(sets, sql`, `)} WHERE id = ${item.id}
        ${returning(rateable)}`,
  )
  return row ? engagementOf(row, rateable) : null
}

/** The item's counters as stored (no lock). */
export async function readEngagement(req: Req, item: ItemRef): Promise<Engagement | null> {
  const rateable = isRateable(item.collection)
  const ratingColumns = rateable ? sql`, rating_count, rating_sum, rating_average` : sql``
  const [row] = await runSQL<CounterRow>(
    req,
    sql`SELECT views, likes${ratingColumns} FROM ${table(item)} WHERE id = ${item.id}`,
  )
  return row ? engagementOf(row, rateable) : null
}

/**
 * The true counters of an item, with its row locked for the rest of the transaction: `views` as
 * stored (nothing else holds them), `likes` and `rating` counted from the rows. Null when the
 * item does not exist.
 */
export async function lockTrueEngagement(req: Req, item: ItemRef): Promise<Engagement | null> {
  if (!(await lockItem(req, item))) return null
  const key = itemKeyOf(item)
  const rateable = isRateable(item.collection)
  const rating = rateable
    ? sql`, agg.n AS rating_count, agg.total AS rating_sum, agg.mean AS rating_average`
    : sql``
  const ratingJoin = rateable ? sql`, ${ratingFromRows(key)} AS agg(n, total, mean)` : sql``
  const [row] = await runSQL<CounterRow>(
    req,
    sql`SELECT t.views, ${likesFromRows(key)} AS likes${rating}
        FROM ${table(item)} t${ratingJoin} WHERE t.id = ${item.id}`,
  )
  return row ? engagementOf(row, rateable) : null
}

/**
 * Writes exactly these counters to the item's main row where they differ (no version,
 * `updatedAt` untouched).
 */
export async function writeEngagement(req: Req, item: ItemRef, values: Engagement): Promise<void> {
  const columns = [sql`views`, sql`likes`]
  const numbers = [values.views, values.likes]
  if (values.rating) {
    columns.push(sql`rating_count`, sql`rating_sum`, sql`rating_average`)
    numbers.push(values.rating.count, values.rating.sum, values.rating.average)
  }
  const list = sql.join(columns, sql`, `)
  const params = sql.join(
    numbers.map((value) => sql`${value}::numeric`),
    sql`, `,
  )
  await runSQL(
    req,
    sql`UPDATE ${table(item)} SET (${list}) = (${params})
        WHERE id = ${item.id} AND (${list}) IS DISTINCT FROM (${params})`,
  )
}

/**
 * Recomputes an item's `likes` and (where rated) `rating` from the likes and ratings rows, in
 * SQL, with the item locked: safe alongside concurrent likes, ratings and edits. Runs in the
 * request's transaction when it has one. Returns the stored counters, or null for no such item.
 */
export async function recomputeEngagement(req: Req, item: ItemRef): Promise<Engagement | null> {
  if (!(await lockItem(req, item))) return null
  return writeFromRows(req, item)
}
