import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { inTransaction, runSQL } from '../db/sql'
import type { RateableCollection } from '../fields/content'
import { lockItem, writeFromRows, type RatingAggregate } from './aggregates'
import type { RatingInput } from './input'
import { itemFromKey, itemKeyOf, lockPublishedItem, relsColumnOf, type ItemRef } from './items'
import { mayRemove, signedInUser } from './session'

/** A rating as the API answers it (`item.value` and `user` are ids). */
export interface RatingDoc {
  id: number
  user: number
  item: { relationTo: RateableCollection; value: number }
  score: number
  comment: string | null
  createdAt: string
  updatedAt: string
}

/** What a rating change did: the rating, and the rated item's aggregate after it. */
export interface RatingResult {
  doc: RatingDoc
  /** The item's `rating` after the change; null when the item no longer exists. */
  aggregate: RatingAggregate | null
  /** True when the caller had no rating for the item before. */
  created: boolean
}

interface RatingRow {
  id: number
  user_id: number
  item_key: string
  score: unknown
  comment: string | null
  created_at: Date | string
  updated_at: Date | string
  inserted?: boolean
}

const iso = (value: Date | string) => new Date(value).toISOString()

function ratingDoc(row: RatingRow, item: ItemRef): RatingDoc {
  return {
    id: Number(row.id),
    user: Number(row.user_id),
    item: { relationTo: item.collection as RateableCollection, value: item.id },
    score: Number(row.score),
    comment: row.comment,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  }
}

/**
 * Inserts the caller's rating, or replaces score and comment of the one they have, on the
 * unique (user, itemKey) index, so concurrent posts by one user still leave one row. A new row
 * also gets its polymorphic `item` relation row, as Payload would write it.
 */
async function upsertRating(req: PayloadRequest, userId: number, input: RatingInput) {
  const key = itemKeyOf(input.item)
  const [row] = await runSQL<RatingRow>(
    req,
    sql`WITH upserted AS (
          INSERT INTO ratings (user_id, item_key, score, comment, updated_at, created_at)
          VALUES (${userId}, ${key}, ${input.score}, ${input.comment}, now(), now())
          ON CONFLICT (user_id, item_key) DO UPDATE
            SET score = EXCLUDED.score, comment = EXCLUDED.comment, updated_at = now()
          RETURNING id, user_id, item_key, score, comment, created_at, updated_at,
            (xmax = 0) AS inserted
        ), relation AS (
          INSERT INTO ratings_rels (parent_id, path, ${sql.identifier(relsColumnOf(input.item.collection))})
          SELECT id, 'item', ${input.item.id} FROM upserted WHERE inserted
        )
        SELECT * FROM upserted`,
  )
  return row
}

/**
 * `POST /api/ratings`: creates or replaces the caller's rating of a published item they did not
 * write, and recomputes the item's aggregate from the rows, all in one transaction.
 */
export async function rate(req: PayloadRequest, input: RatingInput): Promise<RatingResult> {
  const user = signedInUser(req, 'rate')
  return inTransaction(req, async () => {
    const { authorId } = await lockPublishedItem(req, input.item)
    if (authorId === user.id) throw new APIError('You cannot rate your own work.', 403)
    const row = await upsertRating(req, user.id, input)
    const engagement = await writeFromRows(req, input.item, { likes: false, rating: true })
    return {
      doc: ratingDoc(row, input.item),
      aggregate: engagement?.rating ?? null,
      created: row.inserted === true,
    }
  })
}

/**
 * `DELETE /api/ratings/{id}`: removes a rating (its owner or staff) and recomputes the item's
 * aggregate. The item is locked before the row goes, the same order as `rate`.
 */
export async function unrate(req: PayloadRequest, id: number): Promise<RatingResult> {
  const user = signedInUser(req, 'remove a rating')
  return inTransaction(req, async () => {
    const [found] = await runSQL<RatingRow>(
      req,
      sql`SELECT id, user_id, item_key FROM ratings WHERE id = ${id}`,
    )
    if (!found) throw new APIError('Not Found', 404)
    if (!mayRemove(user, found.user_id === null ? null : Number(found.user_id))) {
      throw new APIError('Only its author or an editor can remove a rating.', 403)
    }
    const item = itemFromKey(found.item_key)
    const itemExists = item !== null && (await lockItem(req, item))
    const [row] = await runSQL<RatingRow>(
      req,
      sql`DELETE FROM ratings WHERE id = ${id}
          RETURNING id, user_id, item_key, score, comment, created_at, updated_at`,
    )
    if (!row || !item) throw new APIError('Not Found', 404)
    const engagement = itemExists
      ? await writeFromRows(req, item, { likes: false, rating: true })
      : null
    return { doc: ratingDoc(row, item), aggregate: engagement?.rating ?? null, created: false }
  })
}
